package org.newsgraph.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What the production realm lets the gateway's Keycloak credential do, read from the file: onboard partners and
 * nothing else. gateway's OnboardingCredentialTest shows the same against Keycloak itself.
 */
class PartnerOnboardingPermissionsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GATEWAY_ROLE = "newsgraph-gateway/onboard-partners";
    /** The clients Keycloak adds to every realm it imports, whether the file names them or not. */
    private static final Set<String> KEYCLOAKS_OWN_CLIENTS = Set.of("account", "account-console", "admin-cli", "broker",
            "realm-management", "security-admin-console", "admin-permissions");
    private static final List<String> CLIENT_SCOPES = List.of("view", "manage", "map-roles", "map-roles-client-scope",
            "map-roles-composite");

    private final JsonNode realm = OperatorChecks.productionRealm();
    private final JsonNode policies = adminPermissions().at("/authorizationSettings/policies");

    @Test
    void adminPermissionsAreOn() {
        assertThat(realm.path("adminPermissionsEnabled").asBoolean()).isTrue();
        assertThat(adminPermissions().isMissingNode()).as("client admin-permissions with the permissions").isFalse();
    }

    @Test
    void theGatewaysServiceAccountHoldsNoAdminRoleButTheOneThatFiltersItsClientList() {
        JsonNode account = null;
        for (JsonNode user : realm.path("users")) {
            if ("newsgraph-gateway".equals(user.path("serviceAccountClientId").asText())) {
                account = user;
            }
        }

        assertThat(account).isNotNull();
        assertThat(account.path("realmRoles").isMissingNode() || account.path("realmRoles").isEmpty()).isTrue();
        assertThat(account.at("/clientRoles/realm-management").toString()).isEqualTo("[\"query-clients\"]");
        assertThat(account.at("/clientRoles/newsgraph-gateway").toString()).isEqualTo("[\"onboard-partners\"]");
        assertThat(account.path("groups").isMissingNode()).isTrue();
    }

    @Test
    void everyClientThatIsNotAPartnersIsOutOfTheGatewaysReach() throws IOException {
        Set<String> platform = new TreeSet<>(KEYCLOAKS_OWN_CLIENTS);
        realm.path("clients").forEach(client -> {
            if (!client.path("clientId").asText().startsWith("partner-")) {
                platform.add(client.path("clientId").asText());
            }
        });

        JsonNode refusal = permission("Clients", false);

        assertThat(strings(refusal.at("/config/resources"))).containsAll(platform);
        assertThat(strings(refusal.at("/config/scopes"))).containsExactlyInAnyOrderElementsOf(CLIENT_SCOPES);
    }

    @Test
    void theGatewayIsGrantedClientsAndTheMembershipOfGroupPartnersAndNothingElse() throws IOException {
        String partners = partnersGroup().path("id").asText();
        List<String> grants = new ArrayList<>();
        for (JsonNode policy : policies) {
            if (policy.path("type").asText().equals("scope") && grantsTheGateway(policy)) {
                grants.add(policy.at("/config/defaultResourceType").asText() + " " + strings(policy.at("/config/resources"))
                        + " " + new TreeSet<>(strings(policy.at("/config/scopes"))));
            }
        }

        assertThat(grants).containsExactlyInAnyOrder(
                "Clients [Clients] [manage, view]",
                "Groups [" + partners + "] [manage-membership, view, view-members]",
                "Users [Users] [manage-group-membership]");
    }

    @Test
    void groupPartnersGivesRolePartnerAndNothingElse() {
        JsonNode partners = partnersGroup();

        assertThat(partners.path("realmRoles").toString()).isEqualTo("[\"partner\"]");
        assertThat(partners.path("clientRoles").isMissingNode() || partners.path("clientRoles").isEmpty()).isTrue();
        assertThat(partners.path("subGroups").isMissingNode() || partners.path("subGroups").isEmpty()).isTrue();
    }

    private JsonNode adminPermissions() {
        for (JsonNode client : realm.path("clients")) {
            if (client.path("clientId").asText().equals("admin-permissions")) {
                return client;
            }
        }
        return JSON.missingNode();
    }

    private JsonNode partnersGroup() {
        for (JsonNode group : realm.path("groups")) {
            if (group.path("name").asText().equals("partners")) {
                return group;
            }
        }
        throw new AssertionError("no group partners in " + OperatorChecks.PRODUCTION_REALM);
    }

    /** The one scope permission on the resource type whose policies all grant (or all refuse) the gateway. */
    private JsonNode permission(String resourceType, boolean grants) throws IOException {
        JsonNode found = null;
        for (JsonNode policy : policies) {
            if (policy.path("type").asText().equals("scope")
                    && policy.at("/config/defaultResourceType").asText().equals(resourceType)
                    && grantsTheGateway(policy) == grants && refersToTheGateway(policy)) {
                assertThat(found).as("more than one such permission on %s", resourceType).isNull();
                found = policy;
            }
        }
        assertThat(found).as("a permission on %s that %s the gateway", resourceType, grants ? "grants" : "refuses")
                .isNotNull();
        return found;
    }

    /** Whether every policy the permission applies is a positive one on the gateway's role. */
    private boolean grantsTheGateway(JsonNode permission) throws IOException {
        List<JsonNode> applied = applied(permission);
        return !applied.isEmpty() && applied.stream().allMatch(policy -> namesTheGateway(policy)
                && !policy.path("logic").asText("POSITIVE").equals("NEGATIVE"));
    }

    private boolean refersToTheGateway(JsonNode permission) throws IOException {
        return applied(permission).stream().anyMatch(PartnerOnboardingPermissionsTest::namesTheGateway);
    }

    private List<JsonNode> applied(JsonNode permission) throws IOException {
        List<String> names = strings(permission.at("/config/applyPolicies"));
        List<JsonNode> applied = new ArrayList<>();
        for (JsonNode policy : policies) {
            if (names.contains(policy.path("name").asText())) {
                applied.add(policy);
            }
        }
        return applied;
    }

    private static boolean namesTheGateway(JsonNode policy) {
        try {
            return policy.path("type").asText().equals("role")
                    && JSON.readTree(policy.at("/config/roles").asText()).findValuesAsText("id").equals(List.of(GATEWAY_ROLE));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Keycloak keeps a permission's lists as JSON text inside its config. */
    private static List<String> strings(JsonNode jsonText) throws IOException {
        List<String> values = new ArrayList<>();
        JSON.readTree(jsonText.asText("[]")).forEach(value -> values.add(value.asText()));
        return values;
    }
}
