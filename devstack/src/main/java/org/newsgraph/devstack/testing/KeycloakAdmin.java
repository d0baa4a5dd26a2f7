package org.newsgraph.devstack.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.newsgraph.devstack.Devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The devstack Keycloak's admin REST API and token endpoint, as plain HTTP: the master realm's bootstrap admin
 * (admin/admin) sets up what a test needs, such as a second realm, a client without the API audience or a partner
 * to disable.
 */
public final class KeycloakAdmin {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String serverUrl;

    public KeycloakAdmin(String serverUrl) {
        this.serverUrl = serverUrl;
    }

    /** The admin of this test run's Keycloak. */
    public static KeycloakAdmin forTests() {
        var keycloak = Devstack.forTests().keycloak();
        keycloak.start();
        return forRealmUrl(keycloak.realmUrl());
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

    public Answer delete(String adminPath) {
        return send(authorised(adminPath).DELETE());
    }

    /**
     * Adds a partner to realm newsgraph as partner onboarding does: a confidential client with a service account in
     * group partners, which holds role partner, and tokens meant for the API.
     */
    public void createPartner(String clientId, String secret) {
        post("/newsgraph/clients", Map.of("clientId", clientId, "name", clientId, "secret", secret, "publicClient", false,
                "serviceAccountsEnabled", true, "standardFlowEnabled", false, "directAccessGrantsEnabled", false,
                "protocolMappers", List.of(Map.of("name", "newsgraph-api-audience", "protocol", "openid-connect",
                        "protocolMapper", "oidc-audience-mapper",
                        "config", Map.of("included.custom.audience", "newsgraph-api", "access.token.claim", "true")))))
                .requireSuccess();
        String serviceAccount = get("/newsgraph/clients/" + clientUuid(clientId) + "/service-account-user").requireSuccess()
                .json().get("id").asText();
        String partners = get("/newsgraph/group-by-path/partners").requireSuccess().json().get("id").asText();
        put("/newsgraph/users/" + serviceAccount + "/groups/" + partners, Map.of()).requireSuccess();
    }

    /** Enables or disables a client of realm newsgraph, as an administrator does in Keycloak's console. */
    public void setEnabled(String clientId, boolean enabled) {
        String id = clientUuid(clientId);
        ObjectNode client = (ObjectNode) get("/newsgraph/clients/" + id).requireSuccess().json();
        put("/newsgraph/clients/" + id, client.put("enabled", enabled)).requireSuccess();
    }

    private String clientUuid(String clientId) {
        JsonNode found = get("/newsgraph/clients?clientId=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8)).requireSuccess().json();
        if (found.isEmpty()) {
            throw new IllegalArgumentException("realm newsgraph has no client " + clientId);
        }
        return found.get(0).get("id").asText();
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
