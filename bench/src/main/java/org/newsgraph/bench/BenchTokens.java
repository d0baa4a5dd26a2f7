package org.newsgraph.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A user's bearer token from the local Keycloak (password grant of the development realm), renewed before it
 * expires so that a long run never sends a stale one. Thread-safe.
 */
final class BenchTokens {

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern EXPIRES_IN = Pattern.compile("\"expires_in\"\\s*:\\s*(\\d+)");

    private final HttpClient http = HttpClient.newHttpClient();
    private final String tokenUrl;
    private final String username;
    private String token;
    private Instant renewAfter = Instant.MIN;

    BenchTokens(String keycloakUrl, String username) {
        Bench.requireLoopback(keycloakUrl);
        this.tokenUrl = keycloakUrl + "/realms/newsgraph/protocol/openid-connect/token";
        this.username = username;
    }

    synchronized String bearer() throws Exception {
        if (Instant.now().isAfter(renewAfter)) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(tokenUrl))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=newsgraph-web&username=" + username
                            + "&password=" + username))
                    .build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            Matcher accessToken = ACCESS_TOKEN.matcher(response.body());
            Matcher expiresIn = EXPIRES_IN.matcher(response.body());
            if (response.statusCode() != 200 || !accessToken.find() || !expiresIn.find()) {
                throw new IllegalStateException("Keycloak gave no token for " + username + ": " + response.statusCode());
            }
            token = "Bearer " + accessToken.group(1);
            renewAfter = Instant.now().plus(Duration.ofSeconds(Long.parseLong(expiresIn.group(1))).dividedBy(2));
        }
        return token;
    }
}
