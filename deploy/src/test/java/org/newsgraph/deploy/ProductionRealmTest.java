package org.newsgraph.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The production realm's own settings hold a real deployment's line; the development realm loosens them locally. */
class ProductionRealmTest {

    private static JsonNode realm;

    @BeforeAll
    static void readRealm() throws IOException {
        realm = new ObjectMapper().readTree(Repository.root().resolve(OperatorChecks.PRODUCTION_REALM).toFile());
    }

    @Test
    void noClientLogsInWithAPassword() {
        List<String> withPasswords = new ArrayList<>();
        realm.path("clients").forEach(client -> {
            if (client.path("directAccessGrantsEnabled").asBoolean(true)) {
                withPasswords.add(client.path("clientId").asText());
            }
        });
        assertThat(withPasswords).as("clients with the password grant (Keycloak's default is on)").isEmpty();
        assertThat(realm.path("clients").findValuesAsText("clientId")).contains("admin-cli");
    }

    @Test
    void accountsGetNoOfflineAccessByDefault() {
        JsonNode defaultRole = null;
        for (JsonNode role : realm.at("/roles/realm")) {
            if (role.path("name").asText().equals(realm.at("/defaultRole/name").asText())) {
                defaultRole = role;
            }
        }
        assertThat(defaultRole).as("the default role, written out in the file (the deploy README says what to do after import)").isNotNull();
        assertThat(defaultRole.at("/composites/realm").toString()).doesNotContain("offline_access");
    }

    @Test
    void refreshTokensAreUsedOnce() {
        assertThat(realm.path("revokeRefreshToken").asBoolean()).isTrue();
        assertThat(realm.path("refreshTokenMaxReuse").asInt(-1)).isZero();
    }

    @Test
    void passwordsAreLongAndNotTheUsersOwnNames() {
        String policy = realm.path("passwordPolicy").asText();
        Matcher length = Pattern.compile("length\\((\\d+)\\)").matcher(policy);
        assertThat(length.find()).as(policy).isTrue();
        assertThat(Integer.parseInt(length.group(1))).isGreaterThanOrEqualTo(12);
        assertThat(policy).contains("notUsername", "notEmail", "passwordHistory");
    }

    @Test
    void guessingPasswordsLocksAnAccountForAWhile() {
        assertThat(realm.path("bruteForceProtected").asBoolean()).isTrue();
        assertThat(realm.path("failureFactor").asInt(30)).isBetween(3, 10);
        assertThat(realm.path("permanentLockout").asBoolean(true)).as("a lockout that ends, so guessing cannot lock users out for good").isFalse();
        assertThat(realm.path("maxFailureWaitSeconds").asInt()).isGreaterThanOrEqualTo(300);
    }
}
