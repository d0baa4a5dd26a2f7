package org.newsgraph.security.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.security.Key;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsgraph.devstack.testing.KeycloakAdmin;
import org.newsgraph.devstack.testing.TestTokens;
import org.newsgraph.devstack.testing.TrustedSigningKey;
import org.newsgraph.security.routes.Service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restassured.RestAssured;

/**
 * Tokens every application must refuse with 401 and a problem, checked against its running self. A token signed with a
 * key the realm does not publish is refused for its signature whatever its claims say, so such a token cannot show that
 * a claim is checked. The claim checks are shown with tokens signed by {@link TrustedSigningKey}, a key the realm
 * publishes, that differ from an accepted token in one claim. A module runs it by extending it in a
 * {@code @QuarkusTest} whose test resources include {@link TrustedSigningKey}.
 */
public abstract class TokenAttacksContract {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TrustedSigningKey.Trusted
    TrustedSigningKey.SigningKey trusted;

    /** The application under test. */
    protected abstract Service component();

    /** A read every role may make, at the application's own path. */
    private String read() {
        return switch (component()) {
            case GATEWAY -> "/api/v1/articles";
            case ARTICLES -> "/articles";
            case ACTORS -> "/actors";
        };
    }

    @Test
    void refusesARequestWithoutToken() {
        given().when().get(read()).then().statusCode(401)
                .header("WWW-Authenticate", "Bearer realm=\"newsgraph\"")
                .contentType("application/problem+json")
                .body("type", equalTo(problem("token-required")));
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
        })).when().get(read()).then().statusCode(200);
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
    void refusesATokenWithoutAudience() {
        refused(signedByTrustedKey(claims -> claims.unsetClaim("aud")));
    }

    /** Keycloak's ID and refresh tokens say what they are in typ; only an access token (Bearer) is a credential. */
    @ParameterizedTest
    @ValueSource(strings = {"ID", "Refresh", "Logout", "bearer", ""})
    void refusesATokenOfAnotherType(String type) {
        refused(signedByTrustedKey(claims -> claims.setClaim("typ", type)));
    }

    @Test
    void refusesATokenWithoutType() {
        refused(signedByTrustedKey(claims -> claims.unsetClaim("typ")));
    }

    @Test
    void refusesARealIdTokenAsBearer() {
        refused(realTokens().get("id_token").asText());
    }

    @Test
    void refusesARealRefreshTokenAsBearer() {
        refused(realTokens().get("refresh_token").asText());
    }

    @Test
    void refusesATokenInTheQueryStringOrForm() {
        // RFC 6750 allows both; here only the Authorization header carries a token, so neither leaks into logs.
        String token = TestTokens.user("bob");
        given().queryParam("access_token", token).when().get(read())
                .then().statusCode(401).contentType("application/problem+json").body("type", equalTo(problem("token-required")));
        given().contentType("application/x-www-form-urlencoded").formParam("access_token", token).when().post(read())
                .then().statusCode(401).contentType("application/problem+json").body("type", equalTo(problem("token-required")));
    }

    @Test
    void refusesARealTokenOfAnotherRealm() {
        // What an attacker with an account elsewhere on the same Keycloak would try: also its signing key is unknown here.
        KeycloakAdmin keycloak = TestTokens.keycloak();
        String realm = "elsewhere-" + UUID.randomUUID().toString().substring(0, 8);
        keycloak.post("", Map.of("realm", realm, "enabled", true,
                "roles", Map.of("realm", List.of(Map.of("name", "reader"))),
                "clients", List.of(Map.of("clientId", "intruder", "secret", "intruder-secret", "publicClient", false,
                        "serviceAccountsEnabled", true, "standardFlowEnabled", false,
                        "protocolMappers", List.of(audienceMapper()))),
                "users", List.of(Map.of("username", "service-account-intruder", "enabled", true, "serviceAccountClientId", "intruder",
                        "realmRoles", List.of("reader"))))).requireSuccess();

        refused(TestTokens.clientCredentials(realm, "intruder", "intruder-secret"));
    }

    @Test
    void refusesARealTokenOfAClientWithoutTheApiAudience() {
        // Right realm, right key, right roles: only the audience is missing.
        KeycloakAdmin keycloak = TestTokens.keycloak();
        String clientId = "no-audience-" + UUID.randomUUID().toString().substring(0, 8);
        keycloak.post("/newsgraph/clients", Map.of("clientId", clientId, "secret", "no-audience-secret", "publicClient", false,
                "serviceAccountsEnabled", true, "standardFlowEnabled", false)).requireSuccess();
        String internalId = keycloak.get("/newsgraph/clients?clientId=" + clientId).json().get(0).get("id").asText();
        String serviceAccount = keycloak.get("/newsgraph/clients/" + internalId + "/service-account-user").json().get("id").asText();
        keycloak.post("/newsgraph/users/" + serviceAccount + "/role-mappings/realm",
                List.of(keycloak.get("/newsgraph/roles/reader").json())).requireSuccess();

        refused(TestTokens.clientCredentials("newsgraph", clientId, "no-audience-secret"));
    }

    @Test
    void refusesAnUnsignedToken() {
        JsonWebSignature unsigned = new JsonWebSignature();
        unsigned.setPayload(realClaims().toJson());
        unsigned.setAlgorithmHeaderValue(AlgorithmIdentifiers.NONE);
        unsigned.setKeyIdHeaderValue(trusted.realmKeyId());
        unsigned.setAlgorithmConstraints(AlgorithmConstraints.NO_CONSTRAINTS);

        refused(compact(unsigned));
        // Some verifiers accept "none" spelt otherwise, or an empty signature after the second dot.
        String[] parts = compact(unsigned).split("\\.", -1);
        refused(base64(Map.of("alg", "None", "kid", trusted.realmKeyId())) + "." + parts[1] + ".");
        refused(base64(Map.of("alg", "RS256", "kid", trusted.realmKeyId())) + "." + parts[1] + ".");
    }

    @Test
    void refusesAnHmacTokenKeyedWithTheRealmsPublicKey() throws Exception {
        RsaJsonWebKey realmKey = (RsaJsonWebKey) new JsonWebKeySet(
                RestAssured.get(realmUrl() + "/protocol/openid-connect/certs").asString()).findJsonWebKey(trusted.realmKeyId(), null, null, null);
        byte[] der = realmKey.getPublicKey().getEncoded();
        String publicKeyPem = "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END PUBLIC KEY-----\n";
        for (byte[] secret : List.of(publicKeyPem.getBytes(StandardCharsets.US_ASCII), der)) {
            JsonWebSignature confused = new JsonWebSignature();
            confused.setPayload(realClaims().toJson());
            confused.setAlgorithmHeaderValue(AlgorithmIdentifiers.HMAC_SHA256);
            confused.setKeyIdHeaderValue(trusted.realmKeyId());
            confused.setKey(new HmacKey(secret));

            refused(compact(confused));
        }
    }

    @Test
    void refusesATamperedPayloadWithItsOriginalSignature() throws Exception {
        String[] parts = TestTokens.user("bob").split("\\.");
        ObjectNode claims = (ObjectNode) JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        claims.putObject("realm_access").putArray("roles").add("editor").add("admin");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(claims)) + "." + parts[2];

        refused(tampered);
    }

    @Test
    void refusesATokenWithAnUnknownKeyId() {
        refused(signed(realClaims(), attackerKeys(), "unknown-" + UUID.randomUUID()));
    }

    @Test
    void refusesATokenSignedWithAnotherKeyUnderTheRealmsKeyId() {
        refused(signed(realClaims(), attackerKeys(), trusted.realmKeyId()));
    }

    private void refused(String token) {
        given().auth().oauth2(token).when().get(read()).then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("invalid_token"))
                .body("type", equalTo(problem("token-invalid")));
    }

    /** Claims of a reader's token as Keycloak would issue it, changed by {@code change}, signed with the trusted key. */
    private String signedByTrustedKey(Consumer<JwtClaims> change) {
        JwtClaims claims = realClaims();
        change.accept(claims);
        return signed(claims, trusted.keys(), trusted.keyId());
    }

    /** The tokens Keycloak answers bob's sign-in with when the client asks for OpenID Connect: access, ID, refresh. */
    private static JsonNode realTokens() {
        return TestTokens.keycloak().requestToken("newsgraph", Map.of("grant_type", "password", "client_id", "newsgraph-web",
                "username", "bob", "password", "bob", "scope", "openid")).requireSuccess().json();
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

    private static String base64(Object json) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(json));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair attackerKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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

    private static String problem(String slug) {
        return "https://newsgraph.org/problems/" + slug;
    }
}
