package org.newsgraph.gateway.partners;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.newsgraph.devstack.testing.KeycloakAdmin;
import org.newsgraph.devstack.testing.TestTokens;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/** An admin sets each partner a quota, kept with its client in Keycloak; the gateway holds the partner to it. */
@QuarkusTest
class PartnerQuotaTest {

    private final KeycloakAdmin keycloak = TestTokens.keycloak();

    private static String admin() {
        return TestTokens.user("admin");
    }

    private static ExtractableResponse<Response> search(String token) {
        return given().auth().oauth2(token).when().get("/api/v1/articles").then().extract();
    }

    @Test
    void aPartnerOnboardedWithAQuotaIsRefusedOverItUntilAnAdminRaisesIt() {
        String clientId = "partner-quota-" + UUID.randomUUID().toString().substring(0, 8);
        String secret = given().auth().oauth2(admin()).contentType("application/json")
                .body(Map.of("name", "Quota Wire", "clientId", clientId, "quota", Map.of("perMinute", 3)))
                .when().post("/api/v1/partners").then().statusCode(201).extract().path("clientSecret");
        given().auth().oauth2(admin()).when().get("/api/v1/partners/" + clientId).then().statusCode(200)
                .body("clientId", equalTo(clientId))
                .body("enabled", equalTo(true))
                .body("quota", equalTo(Map.of("perMinute", 3)))
                .body("defaultQuota", equalTo(false))
                .body("clientSecret", nullValue());
        String partner = TestTokens.clientCredentials(TestTokens.REALM, clientId, secret);

        for (int left = 2; left >= 0; left--) {
            ExtractableResponse<Response> admitted = search(partner);
            assertThat(admitted.statusCode()).isEqualTo(200);
            assertThat(admitted.header("X-RateLimit-Limit")).isEqualTo("3");
            assertThat(admitted.header("X-RateLimit-Remaining")).isEqualTo(String.valueOf(left));
            assertThat(admitted.header("RateLimit-Policy")).isEqualTo("\"minute\";q=3;w=60");
        }
        ExtractableResponse<Response> refused = search(partner);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.contentType()).isEqualTo("application/problem+json");
        assertThat(refused.jsonPath().getString("type")).isEqualTo("https://newsgraph.org/problems/quota-exceeded");
        assertThat(refused.jsonPath().getString("detail")).startsWith("Partner " + clientId + " has sent the 3 requests its quota allows in a minute");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 21L);
        assertThat(refused.header("X-RateLimit-Remaining")).isEqualTo("0");
        assertThat(refused.header("RateLimit")).startsWith("\"minute\";r=0;t=");
        assertThat(search(TestTokens.partnerAgency()).statusCode()).as("another partner").isEqualTo(200);

        given().auth().oauth2(admin()).contentType("application/json").body(Map.of("perMinute", 10, "perDay", 1000))
                .when().put("/api/v1/partners/" + clientId + "/quota").then().statusCode(200)
                .body("quota", equalTo(Map.of("perMinute", 10, "perDay", 1000))).body("defaultQuota", equalTo(false));
        ExtractableResponse<Response> raised = search(partner);
        assertThat(raised.statusCode()).isEqualTo(200);
        assertThat(raised.header("RateLimit-Policy")).isEqualTo("\"minute\";q=10;w=60, \"day\";q=1000;w=86400");
        assertThat(raised.header("X-RateLimit-Remaining")).as("the 3 used still count").isEqualTo("6");
    }

    @Test
    void theQuotaIsKeptWithThePartnersClientInKeycloakAndRemovedForTheDefault() {
        String clientId = "partner-kept-" + UUID.randomUUID().toString().substring(0, 8);
        keycloak.createPartner(clientId, "kept-secret");
        given().auth().oauth2(admin()).when().get("/api/v1/partners/" + clientId).then().statusCode(200)
                .body("quota", equalTo(Map.of("perMinute", 1200, "perDay", 200000))).body("defaultQuota", equalTo(true));

        given().auth().oauth2(admin()).contentType("application/json").body(Map.of("perDay", 5000))
                .when().put("/api/v1/partners/" + clientId + "/quota").then().statusCode(200)
                .body("quota", equalTo(Map.of("perDay", 5000)));
        assertThat(attributes(clientId).path(PartnerRegistry.PER_DAY_ATTRIBUTE).asText()).isEqualTo("5000");
        assertThat(attributes(clientId).path(PartnerRegistry.PER_MINUTE_ATTRIBUTE).asText()).isEqualTo("none");

        given().auth().oauth2(admin()).when().delete("/api/v1/partners/" + clientId + "/quota").then().statusCode(200)
                .body("quota", equalTo(Map.of("perMinute", 1200, "perDay", 200000))).body("defaultQuota", equalTo(true));
        assertThat(attributes(clientId).has(PartnerRegistry.PER_DAY_ATTRIBUTE)).isFalse();
        assertThat(attributes(clientId).has(PartnerRegistry.PER_MINUTE_ATTRIBUTE)).isFalse();
        given().auth().oauth2(admin()).when().get("/api/v1/partners").then().statusCode(200)
                .body("find { it.clientId == '" + clientId + "' }.defaultQuota", equalTo(true));
    }

    @Test
    void aQuotaSetInKeycloakItselfHoldsAPartnerTheGatewayHasNotSeenYet() {
        String clientId = "partner-console-" + UUID.randomUUID().toString().substring(0, 8);
        keycloak.createPartner(clientId, "console-secret");
        String id = keycloak.get("/newsgraph/clients?clientId=" + clientId).requireSuccess().json().get(0).get("id").asText();
        ObjectNode client = (ObjectNode) keycloak.get("/newsgraph/clients/" + id).requireSuccess().json();
        ((ObjectNode) client.withObject("/attributes")).put(PartnerRegistry.PER_MINUTE_ATTRIBUTE, "1");
        keycloak.put("/newsgraph/clients/" + id, client).requireSuccess();
        String partner = TestTokens.clientCredentials(TestTokens.REALM, clientId, "console-secret");

        assertThat(search(partner).header("RateLimit-Policy")).isEqualTo("\"minute\";q=1;w=60");
        assertThat(search(partner).statusCode()).isEqualTo(429);
    }

    @Test
    void aPartnerWithoutAQuotaOfItsOwnCountsAgainstTheDefault() {
        ExtractableResponse<Response> answer = search(TestTokens.partnerAgency());
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.header("RateLimit-Policy")).isEqualTo("\"minute\";q=1200;w=60, \"day\";q=200000;w=86400");
        assertThat(answer.header("X-RateLimit-Limit")).isEqualTo("1200");
        assertThat(search(TestTokens.user("bob")).header("RateLimit-Policy")).as("people have no quota").isNull();
    }

    @Test
    void aQuotaMustLimitSomethingWithPositiveWholeNumbers() {
        String quota = "/api/v1/partners/" + TestTokens.PARTNER_AGENCY + "/quota";
        for (Map<String, Object> limitsNothing : java.util.List.<Map<String, Object>>of(Map.of(), Map.of("perHour", 50))) {
            given().auth().oauth2(admin()).contentType("application/json").body(limitsNothing).when().put(quota)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("https://newsgraph.org/problems/invalid-request"))
                    .body("detail", equalTo("A quota limits perMinute, perDay or both; to give partner-agency the default quota again, "
                            + "DELETE its quota."));
        }
        given().auth().oauth2(admin()).contentType("application/json").body(Map.of("perMinute", 0)).when().put(quota)
                .then().statusCode(400).body("errors[0].field", equalTo("perMinute"));
        given().auth().oauth2(admin()).contentType("application/json").body(Map.of("perDay", "lots")).when().put(quota)
                .then().statusCode(400).body("errors[0].field", equalTo("perDay"));
        given().auth().oauth2(admin()).contentType("application/json")
                .body(Map.of("name", "Bad Quota", "clientId", "partner-bad-quota", "quota", Map.of("perDay", -1)))
                .when().post("/api/v1/partners").then().statusCode(400).body("errors[0].field", equalTo("quota.perDay"));
        given().auth().oauth2(admin()).contentType("application/json")
                .body(Map.of("name", "No Quota", "clientId", "partner-no-quota", "quota", Map.of()))
                .when().post("/api/v1/partners").then().statusCode(400)
                .body("detail", equalTo("A quota limits perMinute, perDay or both; leave quota out for the default one."));
        given().auth().oauth2(admin()).when().get("/api/v1/partners/partner-no-quota").then().statusCode(404);
    }

    @Test
    void onlyAdminsSetOrRemoveAQuota() {
        String quota = "/api/v1/partners/" + TestTokens.PARTNER_AGENCY + "/quota";
        for (String token : new String[] {TestTokens.user("alice"), TestTokens.user("bob"), TestTokens.partnerAgency()}) {
            given().auth().oauth2(token).contentType("application/json").body(Map.of("perMinute", 100000)).when().put(quota)
                    .then().statusCode(403).contentType("application/problem+json");
            given().auth().oauth2(token).when().delete(quota).then().statusCode(403);
            given().auth().oauth2(token).when().get("/api/v1/partners/" + TestTokens.PARTNER_AGENCY).then().statusCode(403);
        }
        given().auth().oauth2(admin()).when().get("/api/v1/partners/partner-nobody").then().statusCode(404)
                .body("type", equalTo("https://newsgraph.org/problems/partner-not-found"));
    }

    private JsonNode attributes(String clientId) {
        String id = keycloak.get("/newsgraph/clients?clientId=" + clientId).requireSuccess().json().get(0).get("id").asText();
        return keycloak.get("/newsgraph/clients/" + id).requireSuccess().json().path("attributes");
    }
}
