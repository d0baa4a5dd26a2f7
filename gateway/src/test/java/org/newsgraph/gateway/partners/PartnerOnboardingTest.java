package org.newsgraph.gateway.partners;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.newsgraph.devstack.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class PartnerOnboardingTest {

    @Test
    void onboardsAPartnerThatCallsAtOnceUntilItIsDisabled() {
        String admin = TestTokens.user("admin");
        String clientId = "partner-wire-" + UUID.randomUUID().toString().substring(0, 8);

        String secret = onboard(admin, clientId)
                .header("Location", endsWith("/api/v1/partners/" + clientId))
                .header("Cache-Control", "no-store")
                .body("clientId", equalTo(clientId))
                .body("name", equalTo("Wire Service"))
                .body("tokenEndpoint", equalTo(TestTokens.keycloak().tokenEndpoint("newsgraph")))
                .body("clientSecret", not(emptyOrNullString()))
                .extract().path("clientSecret");

        String token = TestTokens.clientCredentials("newsgraph", clientId, secret);
        given().auth().oauth2(token).when().get("/api/v1/articles").then().statusCode(200);
        given().auth().oauth2(token).contentType("application/json").body(Map.of("title", "Wire", "body", "WASHINGTON - Talks."))
                .when().post("/api/v1/articles")
                .then().statusCode(201).body("owner", equalTo(clientId));

        given().auth().oauth2(admin).when().get("/api/v1/partners")
                .then().statusCode(200)
                .body("clientId", hasItem(TestTokens.PARTNER_AGENCY))
                .body("find { it.clientId == '" + clientId + "' }.enabled", equalTo(true))
                .body("clientSecret", everyItem(nullValue()));

        given().auth().oauth2(admin).when().delete("/api/v1/partners/" + clientId).then().statusCode(204);

        given().auth().oauth2(token).when().get("/api/v1/articles")
                .then().statusCode(401).contentType("application/problem+json")
                .body("type", equalTo("https://newsgraph.org/problems/client-disabled"));
        assertThat(TestTokens.keycloak().requestToken("newsgraph",
                Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret)).status()).isIn(400, 401);
        given().auth().oauth2(admin).when().get("/api/v1/partners")
                .then().body("find { it.clientId == '" + clientId + "' }.enabled", equalTo(false));
    }

    @Test
    void refusesAClientIdThatIsTaken() {
        String admin = TestTokens.user("admin");
        String clientId = "partner-twice-" + UUID.randomUUID().toString().substring(0, 8);
        given().auth().oauth2(admin).contentType("application/json").body(Map.of("name", "Once", "clientId", clientId))
                .when().post("/api/v1/partners").then().statusCode(201);

        given().auth().oauth2(admin).contentType("application/json").body(Map.of("name", "Twice", "clientId", clientId))
                .when().post("/api/v1/partners")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://newsgraph.org/problems/partner-exists"));
    }

    @Test
    void onboardsOnlyClientsInThePartnerNamespace() {
        given().auth().oauth2(TestTokens.user("admin")).contentType("application/json").body(Map.of("name", "Web", "clientId", "newsgraph-web"))
                .when().post("/api/v1/partners")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("clientId"));
    }

    @Test
    void reEnablesADisabledPartnerAndRotatesItsSecretShownOnce() {
        String admin = TestTokens.user("admin");
        String clientId = "partner-rotate-" + UUID.randomUUID().toString().substring(0, 8);
        String secret = onboard(admin, clientId).extract().path("clientSecret");
        given().auth().oauth2(admin).when().delete("/api/v1/partners/" + clientId).then().statusCode(204);

        given().auth().oauth2(admin).when().post("/api/v1/partners/" + clientId + "/enable").then().statusCode(204);

        String token = TestTokens.clientCredentials("newsgraph", clientId, secret);
        given().auth().oauth2(token).when().get("/api/v1/articles").then().statusCode(200);
        given().auth().oauth2(admin).when().get("/api/v1/partners")
                .then().body("find { it.clientId == '" + clientId + "' }.enabled", equalTo(true));

        String rotated = given().auth().oauth2(admin).when().post("/api/v1/partners/" + clientId + "/secret")
                .then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("clientId", equalTo(clientId))
                .body("clientSecret", not(emptyOrNullString()))
                .extract().path("clientSecret");

        assertThat(rotated).isNotEqualTo(secret);
        assertThat(TestTokens.keycloak().requestToken("newsgraph",
                Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret)).status()).isIn(400, 401);
        given().auth().oauth2(TestTokens.clientCredentials("newsgraph", clientId, rotated))
                .when().get("/api/v1/articles").then().statusCode(200);
    }

    @Test
    void onlyAdminsRotateOrEnableAndOnlyPartners() {
        given().auth().oauth2(TestTokens.user("alice")).when().post("/api/v1/partners/" + TestTokens.PARTNER_AGENCY + "/secret")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.user("admin")).when().post("/api/v1/partners/partner-nobody/secret")
                .then().statusCode(404).body("type", equalTo("https://newsgraph.org/problems/partner-not-found"));
        given().auth().oauth2(TestTokens.user("admin")).when().post("/api/v1/partners/partner-nobody/enable")
                .then().statusCode(404).body("type", equalTo("https://newsgraph.org/problems/partner-not-found"));
    }

    @Test
    void disablesOnlyPartners() {
        given().auth().oauth2(TestTokens.user("admin")).when().delete("/api/v1/partners/partner-nobody")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("https://newsgraph.org/problems/partner-not-found"));
    }

    private static ValidatableResponse onboard(String admin, String clientId) {
        return given().auth().oauth2(admin).contentType("application/json")
                .body(Map.of("name", "Wire Service", "clientId", clientId))
                .when().post("/api/v1/partners")
                .then().statusCode(201);
    }
}
