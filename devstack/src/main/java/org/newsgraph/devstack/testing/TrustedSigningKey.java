package org.newsgraph.devstack.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.newsgraph.devstack.Devstack;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Adds an RSA key that the test holds to realm newsgraph, before the application under test starts and reads the realm's
 * keys. Keycloak publishes it but, at a lower priority than its own key, never signs with it. Tokens the test signs with
 * it are signed by a key the application trusts, so that a token refused for its claims is refused for those claims alone.
 */
public class TrustedSigningKey implements QuarkusTestResourceLifecycleManager {

    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface Trusted {
    }

    /** The key, its id in the realm's key set, and the id of the key Keycloak signs with. */
    public record SigningKey(KeyPair keys, String keyId, String realmKeyId) {
    }

    private SigningKey key;

    @Override
    public Map<String, String> start() {
        var keycloak = Devstack.forTests().keycloak();
        keycloak.start();
        KeycloakAdmin admin = KeycloakAdmin.forRealmUrl(keycloak.realmUrl());
        KeyPair keys = rsaKeys();
        String name = "test-key-" + UUID.randomUUID();
        String realmId = admin.get("/newsgraph").requireSuccess().json().get("id").asText();
        admin.post("/newsgraph/components", Map.of(
                "name", name,
                "providerId", "rsa",
                "providerType", "org.keycloak.keys.KeyProvider",
                "parentId", realmId,
                "config", Map.of(
                        "priority", List.of("-100"),
                        "enabled", List.of("true"),
                        "active", List.of("true"),
                        "algorithm", List.of("RS256"),
                        "privateKey", List.of(pem(keys))))).requireSuccess();
        JsonNode realmKeys = admin.get("/newsgraph/keys").requireSuccess().json();
        String componentId = admin.get("/newsgraph/components?name=" + name).requireSuccess().json().get(0).get("id").asText();
        String keyId = null;
        for (JsonNode candidate : realmKeys.get("keys")) {
            if (candidate.path("providerId").asText().equals(componentId)) {
                keyId = candidate.get("kid").asText();
            }
        }
        key = new SigningKey(keys, keyId, realmKeys.get("active").get("RS256").asText());
        return Map.of();
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(key, new TestInjector.AnnotatedAndMatchesType(Trusted.class, SigningKey.class));
    }

    @Override
    public void stop() {
        // The key goes with the test Keycloak, which ends with the JVM.
    }

    private static KeyPair rsaKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(KeyPair keys) {
        return "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(keys.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----";
    }
}
