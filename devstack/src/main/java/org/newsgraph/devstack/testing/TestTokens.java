package org.newsgraph.devstack.testing;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.newsgraph.devstack.Devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Real access tokens from the test run's Keycloak, for the development realm's accounts: users alice (editor),
 * bob (reader) and admin (admin) through the password grant of {@code newsgraph-web}, and the partner
 * {@code partner-agency} through client credentials. Kept until shortly before they expire.
 */
public final class TestTokens {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Token> TOKENS = new ConcurrentHashMap<>();

    private record Token(String value, Instant renewAfter) {
    }

    private TestTokens() {
    }

    /** A user's token; the password is the user name in the development realm. */
    public static String user(String username) {
        return cached("user:" + username, Map.of("grant_type", "password", "client_id", "newsgraph-web",
                "username", username, "password", username));
    }

    public static String client(String clientId, String secret) {
        return cached("client:" + clientId, Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
    }

    public static String partnerAgency() {
        return client("partner-agency", "agency-secret");
    }

    private static String cached(String key, Map<String, String> form) {
        Token token = TOKENS.get(key);
        if (token == null || Instant.now().isAfter(token.renewAfter())) {
            token = request(form);
            TOKENS.put(key, token);
        }
        return token.value();
    }

    private static Token request(Map<String, String> form) {
        var keycloak = Devstack.forTests().keycloak();
        keycloak.start();
        String body = form.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(keycloak.tokenEndpoint()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused a token (" + response.statusCode() + "): " + response.body());
            }
            JsonNode json = JSON.readTree(response.body());
            Duration lifetime = Duration.ofSeconds(json.get("expires_in").asLong());
            return new Token(json.get("access_token").asText(), Instant.now().plus(lifetime.dividedBy(2)));
        } catch (IOException e) {
            throw new IllegalStateException("cannot reach Keycloak", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
