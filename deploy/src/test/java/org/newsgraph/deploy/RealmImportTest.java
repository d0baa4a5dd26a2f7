package org.newsgraph.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * The KeycloakRealmImport holds the production realm as YAML, since kustomize cannot embed a JSON file in a field;
 * these tests keep the two identical and the realm fit for production.
 */
class RealmImportTest {

    private static final String REALM_IMPORT = "deploy/k8s/base/keycloak/realm-import.yaml";

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build();

    private final JsonNode productionRealm = OperatorChecks.productionRealm();

    @Test
    void theRealmImportCarriesTheProductionRealmAsItIs() throws IOException {
        JsonNode realm = YAML.readTree(Repository.root().resolve(REALM_IMPORT).toFile()).at("/spec/realm");

        assertThat(OperatorChecks.firstDifference(productionRealm, realm, ""))
                .withFailMessage(() -> "spec.realm in " + REALM_IMPORT + " differs from "
                        + OperatorChecks.PRODUCTION_REALM + " at "
                        + OperatorChecks.firstDifference(productionRealm, realm, "").orElseThrow()
                        + "; replace it with:\n" + asRealmField(productionRealm))
                .isEmpty();
    }

    private static String asRealmField(JsonNode realm) {
        try {
            String yaml = YAML.writeValueAsString(JsonNodeFactory.instance.objectNode().set("realm", realm));
            return yaml.indent(2);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theProductionRealmHasNoPeopleOnlyServiceAccounts() {
        List<String> people = new ArrayList<>();
        productionRealm.path("users").forEach(user -> {
            if (!user.hasNonNull("serviceAccountClientId") || user.has("credentials")) {
                people.add(user.path("username").asText());
            }
        });

        assertThat(people).isEmpty();
    }

    @Test
    void noClientLogsInWithPasswordsOrHandsOutImplicitTokens() {
        productionRealm.path("clients").forEach(client -> {
            String clientId = client.path("clientId").asText();
            // Keycloak enables direct access grants on a client unless told otherwise.
            assertThat(client.path("directAccessGrantsEnabled").isBoolean()
                    && !client.path("directAccessGrantsEnabled").asBoolean())
                    .as("%s turns direct access grants off", clientId).isTrue();
            assertThat(client.path("implicitFlowEnabled").asBoolean(false))
                    .as("%s allows the implicit flow", clientId).isFalse();
        });
    }

    @Test
    void clientSecretsComeFromPlaceholdersAndTlsIsRequired() {
        productionRealm.path("clients").forEach(client -> {
            if (client.has("secret")) {
                assertThat(client.path("secret").asText()).as(client.path("clientId").asText())
                        .matches("\\$\\{[A-Z][A-Z0-9_]*}");
            }
        });
        assertThat(productionRealm.path("sslRequired").asText()).isIn("external", "all");
    }
}
