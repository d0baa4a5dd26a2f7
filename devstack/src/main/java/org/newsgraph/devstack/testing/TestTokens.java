package org.newsgraph.devstack.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Real access tokens from the test run's Keycloak, for the development realm's accounts: users alice (editor),
 * bob (reader) and admin (admin) through the password grant of {@code newsgraph-web}, and the partner
 * {@code partner-agency} through client credentials. Kept until shortly before they expire, unless asked fresh.
 */
public final class TestTokens {

    public static final String REALM = "newsgraph";
    public static final String PARTNER_AGENCY = "partner-agency";
    public static final String PARTNER_AGENCY_SECRET = "agency-secret";

    private static final Map<String, Token> TOKENS = new ConcurrentHashMap<>();

    private record Token(String value, Instant renewAfter) {
    }

    private TestTokens() {
    }

    /** The admin API and token endpoint of the test run's Keycloak. */
    public static KeycloakAdmin keycloak() {
        return KeycloakAdmin.forTests();
    }

    /** A user's token; the password is the user name in the development realm. */
    public static String user(String username) {
        return cached("user:" + username, REALM, userForm(username));
    }

    /** A token of its own for the user, never handed out before. */
    public static String freshUser(String username) {
        return accessToken(request(REALM, userForm(username)));
    }

    public static String client(String clientId, String secret) {
        return cached("client:" + clientId, REALM, clientForm(clientId, secret));
    }

    public static String partnerAgency() {
        return client(PARTNER_AGENCY, PARTNER_AGENCY_SECRET);
    }

    /** A token of its own for the client of any realm of the test Keycloak, never handed out before. */
    public static String clientCredentials(String realm, String clientId, String secret) {
        return accessToken(request(realm, clientForm(clientId, secret)));
    }

    private static Map<String, String> userForm(String username) {
        return Map.of("grant_type", "password", "client_id", "newsgraph-web", "username", username, "password", username);
    }

    private static Map<String, String> clientForm(String clientId, String secret) {
        return Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret);
    }

    private static String cached(String key, String realm, Map<String, String> form) {
        Token token = TOKENS.get(key);
        if (token == null || Instant.now().isAfter(token.renewAfter())) {
            JsonNode answer = request(realm, form);
            Duration lifetime = Duration.ofSeconds(answer.get("expires_in").asLong());
            token = new Token(accessToken(answer), Instant.now().plus(lifetime.dividedBy(2)));
            TOKENS.put(key, token);
        }
        return token.value();
    }

    private static JsonNode request(String realm, Map<String, String> form) {
        KeycloakAdmin.Answer answer = keycloak().requestToken(realm, form);
        if (answer.status() != 200) {
            throw new IllegalStateException("Keycloak refused a token (" + answer.status() + "): " + answer.json());
        }
        return answer.json();
    }

    private static String accessToken(JsonNode answer) {
        return answer.get("access_token").asText();
    }
}
