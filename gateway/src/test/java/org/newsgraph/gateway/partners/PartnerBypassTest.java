package org.newsgraph.gateway.partners;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsgraph.devstack.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;

/** The spellings of the partner routes that once reached partner onboarding without a token. */
@QuarkusTest
class PartnerBypassTest {

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1;x/partners", "/api;x/v1/partners", "/api/v1;/partners", "/api/v1/partners;x"})
    void refusesEveryMethodWithoutATokenAndChangesNothing(String partners) {
        String clientId = "partner-bypass-" + Integer.toHexString(partners.hashCode());
        given().urlEncodingEnabled(false).when().get(partners)
                .then().statusCode(401).contentType("application/problem+json").body("type", equalTo(problem("token-required")));
        given().urlEncodingEnabled(false).contentType("application/json").body(Map.of("name", "Bypass", "clientId", clientId))
                .when().post(partners)
                .then().statusCode(401).contentType("application/problem+json");
        given().urlEncodingEnabled(false).when().delete(partners + "/" + TestTokens.PARTNER_AGENCY)
                .then().statusCode(401).contentType("application/problem+json");

        given().auth().oauth2(TestTokens.user("admin")).when().get("/api/v1/partners")
                .then().statusCode(200)
                .body("clientId", not(hasItem(clientId)))
                .body("find { it.clientId == '" + TestTokens.PARTNER_AGENCY + "' }.enabled", equalTo(true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1;x/partners", "/api;x/v1/partners", "/api/v1;/partners", "/api/v1/%70artners", "/api/v1/partners%3Bx"})
    void refusesOtherSpellingsEvenForAdmins(String partners) {
        given().urlEncodingEnabled(false).auth().oauth2(TestTokens.user("admin")).when().get(partners)
                .then().statusCode(400).contentType("application/problem+json").body("type", equalTo(problem("path-not-canonical")));
    }

    private static String problem(String slug) {
        return "https://newsgraph.org/problems/" + slug;
    }
}
