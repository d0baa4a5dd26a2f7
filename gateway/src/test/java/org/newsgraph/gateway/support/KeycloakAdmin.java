package org.newsgraph.gateway.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The devstack Keycloak's admin REST API and token endpoint, as plain HTTP: the master realm's bootstrap admin
 * (admin/admin) sets up what a test needs, such as a second realm or a client without the API audience.
 */
public final class KeycloakAdmin {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String serverUrl;

    public KeycloakAdmin(String serverUrl) {
        this.serverUrl = serverUrl;
    }

    /** @param realmUrl such as http://localhost:8180/realms/newsgraph */
    public static KeycloakAdmin forRealmUrl(String realmUrl) {
        return new KeycloakAdmin(realmUrl.substring(0, realmUrl.indexOf("/realms/")));
    }

    public String serverUrl() {
        return serverUrl;
    }

    public String tokenEndpoint(String realm) {
        return serverUrl + "/realms/" + realm + "/protocol/openid-connect/token";
    }

    /** Posts a token request; returns the token endpoint's status and JSON answer. */
    public Answer requestToken(String realm, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(tokenEndpoint(realm)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public String accessToken(String realm, Map<String, String> form) {
        Answer answer = requestToken(realm, form);
        if (answer.status() != 200) {
            throw new IllegalStateException("token request to realm " + realm + " failed: " + answer);
        }
        return answer.json().get("access_token").asText();
    }

    public Answer get(String adminPath) {
        return send(authorised(adminPath).GET());
    }

    public Answer post(String adminPath, Object representation) {
        return send(authorised(adminPath).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json(representation))));
    }

    public Answer put(String adminPath, Object representation) {
        return send(authorised(adminPath).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json(representation))));
    }

    public record Answer(int status, JsonNode json, String location) {

        public Answer requireSuccess() {
            if (status / 100 != 2) {
                throw new IllegalStateException("Keycloak answered " + status + ": " + json);
            }
            return this;
        }
    }

    private HttpRequest.Builder authorised(String adminPath) {
        String token = accessToken("master", Map.of("grant_type", "password", "client_id", "admin-cli", "username", "admin", "password", "admin"));
        return HttpRequest.newBuilder(URI.create(serverUrl + "/admin/realms" + adminPath)).header("Authorization", "Bearer " + token);
    }

    private static Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = response.body().isBlank() ? null : JSON.readTree(response.body());
            return new Answer(response.statusCode(), json, response.headers().firstValue("Location").orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String json(Object representation) {
        try {
            return JSON.writeValueAsString(representation);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
