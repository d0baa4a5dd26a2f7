package org.newsgraph.gateway.access;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.security.Key;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.eclipse.microprofile.config.ConfigProvider;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.keys.HmacKey;
import org.junit.jupiter.api.Test;
import org.newsgraph.gateway.support.KeycloakAdmin;
import org.newsgraph.gateway.support.Tokens;
import org.newsgraph.gateway.support.TrustedSigningKey;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * Tokens the gateway must refuse, each with 401. A token signed with a key the realm does not publish is refused for its
 * signature whatever its claims say, so such a token cannot show that a claim is checked. The claim checks are shown with
 * tokens signed by {@link TrustedSigningKey}, a key the realm publishes, that differ from an accepted token in one claim.
 */
@QuarkusTest
class TokenAttacksTest {

    private static final String READ = "/api/v1/articles";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TrustedSigningKey.Trusted
    TrustedSigningKey.SigningKey trusted;

    @Test
    void refusesARequestWithoutToken() {
        given().when().get(READ).then().statusCode(401)
                .header("WWW-Authenticate", "Bearer realm=\"newsgraph\"")
                .contentType("application/problem+json")
                .body("type", equalTo("https://newsgraph.org/problems/token-required"));
    }

    @Test
    void refusesGarbage() {
        refused("not-a-token");
        refused("a.b.c");
    }

    @Test
    void acceptsATokenSignedWithTheTrustedKeyWhoseClaimsAreRight() {
        // The control for the claim tests below: only the one claim each changes makes them fail.
        given().auth().oauth2(signedByTrustedKey(claims -> {
        })).when().get(READ).then().statusCode(200);
    }

    @Test
    void refusesAnExpiredToken() {
        refused(signedByTrustedKey(claims -> {
            claims.setIssuedAt(NumericDate.fromSeconds(now() - 600));
            claims.setExpirationTime(NumericDate.fromSeconds(now() - 300));
        }));
    }

    @Test
    void refusesATokenNotValidYet() {
        refused(signedByTrustedKey(claims -> claims.setNotBefore(NumericDate.fromSeconds(now() + 300))));
    }

    @Test
    void refusesATokenOfAnotherIssuer() {
        refused(signedByTrustedKey(claims -> claims.setIssuer(realmUrl().replace("/realms/newsgraph", "/realms/elsewhere"))));
    }

    @Test
    void refusesATokenForAnotherAudience() {
        refused(signedByTrustedKey(claims -> claims.setAudience("account")));
    }

    @Test
    void refusesARealTokenOfAnotherRealm() {
        // What an attacker with an account elsewhere on the same Keycloak would try: also its signing key is unknown here.
        KeycloakAdmin keycloak = Tokens.keycloak();
        String realm = "elsewhere-" + UUID.randomUUID().toString().substring(0, 8);
        keycloak.post("", Map.of("realm", realm, "enabled", true,
                "roles", Map.of("realm", List.of(Map.of("name", "reader"))),
                "clients", List.of(Map.of("clientId", "intruder", "secret", "intruder-secret", "publicClient", false,
                        "serviceAccountsEnabled", true, "standardFlowEnabled", false,
                        "protocolMappers", List.of(audienceMapper()))),
                "users", List.of(Map.of("username", "service-account-intruder", "enabled", true, "serviceAccountClientId", "intruder",
                        "realmRoles", List.of("reader"))))).requireSuccess();

        refused(Tokens.clientCredentials(realm, "intruder", "intruder-secret"));
    }

    @Test
    void refusesARealTokenOfAClientWithoutTheApiAudience() {
        // Right realm, right key, right roles: only the audience is missing.
        KeycloakAdmin keycloak = Tokens.keycloak();
        String clientId = "no-audience-" + UUID.randomUUID().toString().substring(0, 8);
        keycloak.post("/newsgraph/clients", Map.of("clientId", clientId, "secret", "no-audience-secret", "publicClient", false,
                "serviceAccountsEnabled", true, "standardFlowEnabled", false)).requireSuccess();
        String internalId = keycloak.get("/newsgraph/clients?clientId=" + clientId).json().get(0).get("id").asText();
        String serviceAccount = keycloak.get("/newsgraph/clients/" + internalId + "/service-account-user").json().get("id").asText();
        keycloak.post("/newsgraph/users/" + serviceAccount + "/role-mappings/realm",
                List.of(keycloak.get("/newsgraph/roles/reader").json())).requireSuccess();

        refused(Tokens.clientCredentials("newsgraph", clientId, "no-audience-secret"));
    }

    @Test
    void refusesAnUnsignedToken() {
        JsonWebSignature unsigned = new JsonWebSignature();
        unsigned.setPayload(realClaims().toString());
        unsigned.setAlgorithmHeaderValue(AlgorithmIdentifiers.NONE);
        unsigned.setKeyIdHeaderValue(trusted.realmKeyId());
        unsigned.setAlgorithmConstraints(AlgorithmConstraints.NO_CONSTRAINTS);

        refused(compact(unsigned));
    }

    @Test
    void refusesAnHmacTokenKeyedWithTheRealmsPublicKey() throws Exception {
        RsaJsonWebKey realmKey = (RsaJsonWebKey) new JsonWebKeySet(
                RestAssured.get(realmUrl() + "/protocol/openid-connect/certs").asString()).findJsonWebKey(trusted.realmKeyId(), null, null, null);
        String publicKeyPem = "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(realmKey.getPublicKey().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
        JsonWebSignature confused = new JsonWebSignature();
        confused.setPayload(realClaims().toString());
        confused.setAlgorithmHeaderValue(AlgorithmIdentifiers.HMAC_SHA256);
        confused.setKeyIdHeaderValue(trusted.realmKeyId());
        confused.setKey(new HmacKey(publicKeyPem.getBytes(StandardCharsets.US_ASCII)));

        refused(compact(confused));
    }

    @Test
    void refusesATamperedPayloadWithItsOriginalSignature() throws Exception {
        String[] parts = Tokens.user("alice").split("\\.");
        ObjectNode claims = (ObjectNode) JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        claims.putObject("realm_access").putArray("roles").add("editor").add("admin");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(claims)) + "." + parts[2];

        given().auth().oauth2(tampered).when().get("/api/v1/partners").then().statusCode(401);
    }

    @Test
    void refusesATokenWithAnUnknownKeyId() throws Exception {
        refused(signed(realClaims(), attackerKeys(), "unknown-" + UUID.randomUUID()));
    }

    @Test
    void refusesATokenSignedWithAnotherKeyUnderTheRealmsKeyId() throws Exception {
        refused(signed(realClaims(), attackerKeys(), trusted.realmKeyId()));
    }

    private static void refused(String token) {
        given().auth().oauth2(token).when().get(READ).then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("invalid_token"))
                .body("type", equalTo("https://newsgraph.org/problems/token-invalid"));
    }

    /** Claims of a reader's token as Keycloak would issue it, changed by {@code change}, signed with the trusted key. */
    private String signedByTrustedKey(Consumer<JwtClaims> change) {
        JwtClaims claims = realClaims();
        change.accept(claims);
        return signed(claims, trusted.keys(), trusted.keyId());
    }

    private static JwtClaims realClaims() {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(realmUrl());
        claims.setAudience("newsgraph-api");
        claims.setSubject(UUID.randomUUID().toString());
        claims.setIssuedAt(NumericDate.fromSeconds(now()));
        claims.setExpirationTime(NumericDate.fromSeconds(now() + 300));
        claims.setGeneratedJwtId();
        claims.setClaim("typ", "Bearer");
        claims.setClaim("azp", "newsgraph-web");
        claims.setClaim("preferred_username", "bob");
        claims.setClaim("realm_access", Map.of("roles", List.of("reader")));
        return claims;
    }

    private static String signed(JwtClaims claims, KeyPair keys, String keyId) {
        JsonWebSignature signature = new JsonWebSignature();
        signature.setPayload(claims.toJson());
        signature.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        signature.setKeyIdHeaderValue(keyId);
        signature.setKey((Key) keys.getPrivate());
        return compact(signature);
    }

    private static String compact(JsonWebSignature signature) {
        try {
            return signature.getCompactSerialization();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair attackerKeys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    private static Map<String, Object> audienceMapper() {
        return Map.of("name", "newsgraph-api-audience", "protocol", "openid-connect", "protocolMapper", "oidc-audience-mapper",
                "config", Map.of("included.custom.audience", "newsgraph-api", "access.token.claim", "true"));
    }

    private static String realmUrl() {
        return ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
    }

    private static long now() {
        return System.currentTimeMillis() / 1000;
    }
}
