package org.newsgraph.gateway.support;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.microprofile.config.ConfigProvider;

/** Real access tokens from the test Keycloak, kept for a minute since getting one costs a round trip. */
public final class Tokens {

    public static final String PARTNER_AGENCY = "partner-agency";
    public static final String PARTNER_AGENCY_SECRET = "agency-secret";
    private static final Duration KEPT = Duration.ofSeconds(60);

    private record Kept(String token, Instant until) {
    }

    private static final Map<String, Kept> KEPT_TOKENS = new ConcurrentHashMap<>();

    private Tokens() {
    }

    public static KeycloakAdmin keycloak() {
        return KeycloakAdmin.forRealmUrl(ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class));
    }

    /** A user's token from the development realm's web client, through the password grant it allows there. */
    public static String user(String username) {
        return kept("user:" + username, () -> keycloak().accessToken("newsgraph",
                Map.of("grant_type", "password", "client_id", "newsgraph-web", "username", username, "password", username)));
    }

    public static String partnerAgency() {
        return client(PARTNER_AGENCY, PARTNER_AGENCY_SECRET);
    }

    public static String client(String clientId, String secret) {
        return kept("client:" + clientId, () -> clientCredentials("newsgraph", clientId, secret));
    }

    public static String clientCredentials(String realm, String clientId, String secret) {
        return keycloak().accessToken(realm, Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
    }

    private static String kept(String key, java.util.function.Supplier<String> fetch) {
        Kept kept = KEPT_TOKENS.get(key);
        if (kept == null || kept.until().isBefore(Instant.now())) {
            kept = new Kept(fetch.get(), Instant.now().plus(KEPT));
            KEPT_TOKENS.put(key, kept);
        }
        return kept.token();
    }
}
