package org.newsgraph.gateway.access;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.newsgraph.devstack.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@TestProfile(RateLimitTest.TightPartnerLimit.class)
class RateLimitTest {

    public static class TightPartnerLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gateway.rate-limits.roles.partner.per-second", "0.5", "gateway.rate-limits.roles.partner.burst", "3");
        }
    }

    @Test
    void refusesAPartnerOverItsBurstUntilItsBucketRefills() throws InterruptedException {
        String partner = TestTokens.partnerAgency();
        for (int request = 0; request < 3; request++) {
            given().auth().oauth2(partner).when().get("/api/v1/articles").then().statusCode(200);
        }

        String retryAfter = given().auth().oauth2(partner).when().get("/api/v1/articles")
                .then().statusCode(429).contentType("application/problem+json")
                .body("type", equalTo("https://newsgraph.org/problems/rate-limited"))
                .extract().header("Retry-After");
        given().auth().oauth2(TestTokens.user("bob")).when().get("/api/v1/articles").then().statusCode(200);

        Thread.sleep(Long.parseLong(retryAfter) * 1000);
        given().auth().oauth2(partner).when().get("/api/v1/articles").then().statusCode(200);
    }
}
