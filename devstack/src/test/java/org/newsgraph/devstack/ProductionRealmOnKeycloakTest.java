package org.newsgraph.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsgraph.devstack.testing.KeycloakAdmin;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The production realm (deploy/keycloak/newsgraph-realm.json) imported into the real Keycloak of this test run, under
 * a name of its own and with its placeholders filled as the Keycloak Operator fills them: its hardening holds at
 * Keycloak, not only in the file. The development realm, which the rest of the stack uses, loosens some of it.
 */
class ProductionRealmOnKeycloakTest {

    private static final String REALM = "newsgraph-production";
    private static final Map<String, String> SECRETS = Map.of(
            "newsgraph-gateway", UUID.randomUUID().toString(),
            "newsgraph-services", UUID.randomUUID().toString());
    private static final String GOOD_PASSWORD = "correct horse battery";
    /** A client that still takes passwords, added only here, so that the login checks can be reached without a browser. */
    private static final String PROBE = "password-probe";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static KeycloakAdmin keycloak;

    @BeforeAll
    static void importTheProductionRealm() throws IOException {
        keycloak = KeycloakAdmin.forTests();
        String file;
        try (InputStream in = DevelopmentRealm.class.getResourceAsStream("realm/newsgraph-realm.json")) {
            file = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (Map.Entry<String, String> placeholder : Map.of(
                "NEWSGRAPH_WEB_REDIRECT_URI", "https://newsroom.example.org/*",
                "NEWSGRAPH_WEB_ORIGIN", "https://newsroom.example.org",
                "NEWSGRAPH_GATEWAY_CLIENT_SECRET", SECRETS.get("newsgraph-gateway"),
                "NEWSGRAPH_SERVICES_CLIENT_SECRET", SECRETS.get("newsgraph-services")).entrySet()) {
            file = file.replace("${" + placeholder.getKey() + "}", placeholder.getValue());
        }
        ObjectNode realm = (ObjectNode) JSON.readTree(file);
        realm.put("realm", REALM);
        // Group ids are unique across realms, and the development realm has the same group.
        realm.withArray("groups").forEach(group -> ((ObjectNode) group).put("id", UUID.randomUUID().toString()));
        keycloak.post("", realm).requireSuccess();
        keycloak.post("/" + REALM + "/clients", Map.of("clientId", PROBE, "publicClient", true,
                "standardFlowEnabled", false, "directAccessGrantsEnabled", true)).requireSuccess();
    }

    @ParameterizedTest
    @ValueSource(strings = {"newsgraph-web", "admin-cli", "account", "account-console", "security-admin-console"})
    void noPublicClientOfTheRealmTakesAPassword(String clientId) {
        String username = person("reader");

        assertThat(passwordGrant(clientId, username, GOOD_PASSWORD).status()).isIn(400, 401);
    }

    @ParameterizedTest
    @ValueSource(strings = {"newsgraph-gateway", "newsgraph-services"})
    void theConfidentialClientsTakeNoPasswordEvenWithTheirSecret(String clientId) {
        String username = person("reader");

        KeycloakAdmin.Answer answer = keycloak.requestToken(REALM, Map.of("grant_type", "password", "client_id", clientId,
                "client_secret", SECRETS.get(clientId), "username", username, "password", GOOD_PASSWORD));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("error").asText()).isEqualTo("unauthorized_client");
    }

    @Test
    void aPasswordMustBeLongAndNeitherTheUsernameNorTheEmail() {
        String username = "longusername-" + UUID.randomUUID().toString().substring(0, 8);
        String email = username + "@newsgraph.test";

        assertThat(createPerson(username, "short-pw-11").status()).isEqualTo(400);
        assertThat(createPerson(username, username).status()).isEqualTo(400);
        assertThat(createPerson(username, email).status()).isEqualTo(400);
        assertThat(createPerson(username, GOOD_PASSWORD).status()).isEqualTo(201);
    }

    @Test
    void aPasswordUsedRecentlyCannotComeBack() {
        String id = userId(person("reader"));
        String next = "another long passphrase";

        assertThat(setPassword(id, next).status()).isEqualTo(204);
        assertThat(setPassword(id, GOOD_PASSWORD).status()).isEqualTo(400);
    }

    @Test
    void fiveWrongPasswordsLockTheAccountForAWhile() throws InterruptedException {
        String username = person("reader");

        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(passwordGrant(PROBE, username, "not the password at all").status()).isIn(400, 401);
            // Slower than the quick-login check, so that only the failure count can lock the account.
            Thread.sleep(1_200);
        }

        assertThat(passwordGrant(PROBE, username, GOOD_PASSWORD).status()).isNotEqualTo(200);
        assertThat(keycloak.get("/" + REALM + "/attack-detection/brute-force/users/" + userId(username)).requireSuccess()
                .json().path("disabled").asBoolean()).isTrue();
    }

    @Test
    void aRefreshTokenIsUsedOnce() {
        String username = person("reader");
        String first = passwordGrant(PROBE, username, GOOD_PASSWORD).requireSuccess().json().get("refresh_token").asText();

        assertThat(refresh(first).status()).isEqualTo(200);
        assertThat(refresh(first).status()).isEqualTo(400);
    }

    @Test
    void theFileLeavesOfflineAccessOutOfTheDefaultRoleButKeycloaksImportPutsItBack() {
        // When this fails, Keycloak's import has stopped adding offline_access to the default role, and the step in
        // deploy/README.md that takes it out again can go.
        assertThat(keycloak.get("/" + REALM + "/roles/default-roles-newsgraph/composites").requireSuccess().json()
                .findValuesAsText("name")).contains("offline_access");
    }

    private static KeycloakAdmin.Answer passwordGrant(String clientId, String username, String password) {
        return keycloak.requestToken(REALM, Map.of("grant_type", "password", "client_id", clientId, "username", username,
                "password", password));
    }

    private static KeycloakAdmin.Answer refresh(String refreshToken) {
        return keycloak.requestToken(REALM, Map.of("grant_type", "refresh_token", "client_id", PROBE,
                "refresh_token", refreshToken));
    }

    /** A person with the good password and the role, as an operator creates one; returns the username. */
    private static String person(String role) {
        String username = role + "-" + UUID.randomUUID().toString().substring(0, 8);
        createPerson(username, GOOD_PASSWORD).requireSuccess();
        keycloak.post("/" + REALM + "/users/" + userId(username) + "/role-mappings/realm",
                List.of(keycloak.get("/" + REALM + "/roles/" + role).requireSuccess().json())).requireSuccess();
        return username;
    }

    private static KeycloakAdmin.Answer createPerson(String username, String password) {
        return keycloak.post("/" + REALM + "/users", Map.of("username", username, "enabled", true,
                "email", username + "@newsgraph.test", "emailVerified", true, "firstName", "Test", "lastName", "Person",
                "credentials", List.of(Map.of("type", "password", "value", password, "temporary", false))));
    }

    private static KeycloakAdmin.Answer setPassword(String userId, String password) {
        return keycloak.put("/" + REALM + "/users/" + userId + "/reset-password",
                Map.of("type", "password", "value", password, "temporary", false));
    }

    private static String userId(String username) {
        return keycloak.get("/" + REALM + "/users?exact=true&username=" + username).requireSuccess().json().get(0)
                .get("id").asText();
    }
}
