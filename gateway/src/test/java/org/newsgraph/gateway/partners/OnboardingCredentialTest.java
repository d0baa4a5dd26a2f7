package org.newsgraph.gateway.partners;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsgraph.devstack.testing.KeycloakAdmin;
import org.newsgraph.devstack.testing.SignedIn;
import org.newsgraph.devstack.testing.TestTokens;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * The gateway's own Keycloak credential, the client credentials of newsgraph-gateway, against the real Keycloak of the
 * test run: it onboards partners, disables and re-enables them and rotates their secrets, and it no longer does what
 * the realm-management roles it used to hold allowed (each refusal below was granted by them).
 */
@QuarkusTest
class OnboardingCredentialTest {

    /** The development realm's secret of the gateway's client, as in application.properties. */
    private static final String GATEWAY_SECRET = "gateway-secret";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Inject
    PartnerRegistry registry;

    private final KeycloakAdmin keycloak = TestTokens.keycloak();

    @Test
    void onboardsDisablesReEnablesAndRotatesTheSecretOfAPartner() {
        String clientId = "partner-rotation-" + UUID.randomUUID().toString().substring(0, 8);

        PartnerCredentials onboarded = registry.onboard(new NewPartner("Rotation Wire", clientId, null));
        assertThat(realmRoles(partnerToken(clientId, onboarded.clientSecret()))).contains("partner");
        assertThat(registry.list()).contains(new Partner(clientId, "Rotation Wire", true, registry.defaultQuota(), true));

        registry.disable(clientId);
        assertThat(tokenStatus(clientId, onboarded.clientSecret())).isIn(400, 401);
        assertThat(registry.list()).contains(new Partner(clientId, "Rotation Wire", false, registry.defaultQuota(), true));

        registry.enable(clientId);
        assertThat(tokenStatus(clientId, onboarded.clientSecret())).isEqualTo(200);

        PartnerCredentials rotated = registry.rotateSecret(clientId);
        assertThat(rotated.clientSecret()).isNotBlank().isNotEqualTo(onboarded.clientSecret());
        assertThat(tokenStatus(clientId, onboarded.clientSecret())).isIn(400, 401);
        assertThat(realmRoles(partnerToken(clientId, rotated.clientSecret()))).contains("partner");
    }

    @Test
    void holdsNoRealmManagementRoleButTheOneThatFiltersItsClientList() {
        JsonNode claims = claims(gatewayToken());

        assertThat(claims.at("/resource_access/realm-management/roles").toString()).isEqualTo("[\"query-clients\"]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"newsgraph-gateway", "newsgraph-services", "newsgraph-web", "realm-management", "broker"})
    void cannotSeeOrReadTheSecretOfAClientThatIsNotAPartner(String clientId) {
        String id = clientUuid(clientId);

        assertThat(asGateway("GET", "/clients/" + id + "/client-secret", null).status()).isEqualTo(403);
        assertThat(asGateway("GET", "/clients/" + id, null).status()).isEqualTo(403);
        assertThat(asGateway("GET", "/clients?clientId=" + clientId, null).json()).isEmpty();
    }

    @Test
    void listsOnlyPartnersAmongTheClients() {
        Answer clients = asGateway("GET", "/clients", null);

        assertThat(clients.status()).isEqualTo(200);
        // Other tests add clients of their own to this realm; the platform's and Keycloak's own must never show.
        assertThat(clients.json().findValuesAsText("clientId")).contains("partner-agency").doesNotContain(
                "newsgraph-gateway", "newsgraph-services", "newsgraph-web", "realm-management", "broker", "admin-cli",
                "account", "account-console", "security-admin-console", "admin-permissions");
        assertThat(clients.body()).doesNotContain("gateway-secret", "services-secret");
    }

    @Test
    void cannotListFindCountOrReadUsers() {
        String bob = userId("bob");

        assertThat(asGateway("GET", "/users", null).status()).isEqualTo(403);
        assertThat(asGateway("GET", "/users?username=bob", null).status()).isEqualTo(403);
        assertThat(asGateway("GET", "/users/count", null).status()).isEqualTo(403);
        assertThat(asGateway("GET", "/users/" + bob, null).status()).isEqualTo(403);
        assertThat(asGateway("GET", "/roles/admin/users", null).status()).isEqualTo(403);
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin", "editor"})
    void cannotGrantAdminOrEditorToAUserOrToAClientsServiceAccount(String role) {
        JsonNode representation = keycloak.get("/newsgraph/roles/" + role).requireSuccess().json();
        List<String> accounts = List.of(userId("bob"), serviceAccountId("partner-agency"), serviceAccountId("newsgraph-gateway"));

        for (String account : accounts) {
            assertThat(asGateway("POST", "/users/" + account + "/role-mappings/realm", List.of(representation)).status())
                    .as("granting %s to %s", role, account).isEqualTo(403);
            assertThat(keycloak.get("/newsgraph/users/" + account + "/role-mappings/realm/composite").requireSuccess().json()
                    .findValuesAsText("name")).doesNotContain(role);
        }
    }

    @Test
    void cannotGrantItselfARealmManagementRole() {
        String realmManagement = clientUuid("realm-management");
        JsonNode manageUsers = keycloak.get("/newsgraph/clients/" + realmManagement + "/roles/manage-users").requireSuccess().json();

        assertThat(asGateway("POST", "/users/" + serviceAccountId("newsgraph-gateway") + "/role-mappings/clients/" + realmManagement,
                List.of(manageUsers)).status()).isEqualTo(403);
    }

    @Test
    void cannotChangeTheRealmItsRolesOrThePlatformsClients() {
        String web = clientUuid("newsgraph-web");

        assertThat(asGateway("PUT", "", Map.of("registrationAllowed", true)).status()).isEqualTo(403);
        assertThat(asGateway("POST", "/roles", Map.of("name", "intruder")).status()).isEqualTo(403);
        assertThat(asGateway("PUT", "/clients/" + web, Map.of("redirectUris", List.of("https://intruder.example/*"))).status())
                .isEqualTo(403);
        assertThat(asGateway("POST", "/clients/" + web + "/protocol-mappers/models", Map.of("name", "intruder",
                "protocol", "openid-connect", "protocolMapper", "oidc-hardcoded-role-mapper",
                "config", Map.of("role", "admin", "access.token.claim", "true"))).status()).isEqualTo(403);

        assertThat(keycloak.get("/newsgraph").requireSuccess().json().path("registrationAllowed").asBoolean()).isFalse();
        assertThat(keycloak.get("/newsgraph/clients/" + web).requireSuccess().json().path("redirectUris").toString())
                .doesNotContain("intruder");
    }

    /**
     * The credential manages partner clients, mappers included, so it can make a partner's tokens list admin: they
     * still count as a partner's, and once out of group partners as no one's.
     */
    @Test
    void aRoleMappedIntoAPartnersTokensAdmitsItToNoMoreThanAPartnersRoutes() {
        String clientId = "partner-mapped-" + UUID.randomUUID().toString().substring(0, 8);
        PartnerCredentials onboarded = registry.onboard(new NewPartner("Mapped Wire", clientId, null));
        asGateway("POST", "/clients/" + clientUuid(clientId) + "/protocol-mappers/models", Map.of("name", "admin",
                "protocol", "openid-connect", "protocolMapper", "oidc-hardcoded-role-mapper",
                "config", Map.of("role", "admin", "access.token.claim", "true")));

        String partnerAndAdmin = partnerToken(clientId, onboarded.clientSecret());
        assertThat(realmRoles(partnerAndAdmin)).contains("partner", "admin");
        SignedIn.as(partnerAndAdmin);
        given().when().get("/api/v1/partners").then().statusCode(403);

        String partnersGroup = keycloak.get("/newsgraph/group-by-path/partners").requireSuccess().json().get("id").asText();
        keycloak.delete("/newsgraph/users/" + serviceAccountId(clientId) + "/groups/" + partnersGroup).requireSuccess();
        String adminOnly = partnerToken(clientId, onboarded.clientSecret());
        assertThat(realmRoles(adminOnly)).contains("admin").doesNotContain("partner");
        SignedIn.as(adminOnly);
        given().when().get("/api/v1/partners").then().statusCode(403);
        given().when().get("/api/v1/articles").then().statusCode(403);
    }

    private record Answer(int status, String body) {

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A call to the admin API of realm newsgraph with the gateway's own token, as PartnerRegistry makes it. */
    private Answer asGateway(String method, String path, Object body) {
        try {
            HttpRequest.BodyPublisher content = body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
            HttpRequest request = HttpRequest.newBuilder(URI.create(keycloak.serverUrl() + "/admin/realms/newsgraph" + path))
                    .header("Authorization", "Bearer " + gatewayToken())
                    .header("Content-Type", "application/json")
                    .method(method, content)
                    .build();
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String gatewayToken() {
        return TestTokens.clientCredentials(TestTokens.REALM, "newsgraph-gateway", GATEWAY_SECRET);
    }

    private static String partnerToken(String clientId, String secret) {
        return TestTokens.clientCredentials(TestTokens.REALM, clientId, secret);
    }

    private int tokenStatus(String clientId, String secret) {
        return keycloak.requestToken(TestTokens.REALM,
                Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret)).status();
    }

    private static List<String> realmRoles(String token) {
        List<String> roles = new ArrayList<>();
        claims(token).at("/realm_access/roles").forEach(role -> roles.add(role.asText()));
        return roles;
    }

    private static JsonNode claims(String token) {
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String clientUuid(String clientId) {
        return keycloak.get("/newsgraph/clients?clientId=" + clientId).requireSuccess().json().get(0).get("id").asText();
    }

    private String serviceAccountId(String clientId) {
        return keycloak.get("/newsgraph/clients/" + clientUuid(clientId) + "/service-account-user").requireSuccess().json()
                .get("id").asText();
    }

    private String userId(String username) {
        return keycloak.get("/newsgraph/users?exact=true&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8))
                .requireSuccess().json().get(0).get("id").asText();
    }
}
