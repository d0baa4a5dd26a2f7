package org.newsgraph.gateway.access;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.newsgraph.devstack.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
@TestProfile(RateLimitTest.TightLimits.class)
class RateLimitTest {

    private static final double PER_SECOND = 0.5;
    private static final int BURST = 3;
    /** More requests than the bucket can admit in the time they take. */
    private static final int ATTEMPTS = 10;

    public static class TightLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gateway.rate-limits.roles.partner.per-second", String.valueOf(PER_SECOND),
                    "gateway.rate-limits.roles.partner.burst", String.valueOf(BURST),
                    "gateway.rate-limits.roles.editor.per-second", String.valueOf(PER_SECOND),
                    "gateway.rate-limits.roles.editor.burst", String.valueOf(BURST));
        }
    }

    @Test
    void refusesAPartnerOverItsBurstUntilItsBucketRefills() throws InterruptedException {
        String partner = TestTokens.partnerAgency();
        for (int request = 0; request < BURST; request++) {
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

    @Test
    void forwardingHeadersDoNotMakeAPartnerAnotherCaller() {
        String partner = newPartnerToken();
        spendsOneBucket(attempt -> given().auth().oauth2(partner)
                .header("X-Forwarded-For", "203.0.113." + attempt)
                .header("Forwarded", "for=198.51.100." + attempt)
                .header("X-Real-IP", "192.0.2." + attempt));
    }

    @Test
    void freshTokensDoNotMakeAPartnerAnotherCaller() {
        String clientId = "partner-rate-" + UUID.randomUUID().toString().substring(0, 8);
        String secret = UUID.randomUUID().toString();
        TestTokens.keycloak().createPartner(clientId, secret);
        List<String> tokens = IntStream.range(0, ATTEMPTS)
                .mapToObj(attempt -> TestTokens.clientCredentials(TestTokens.REALM, clientId, secret)).toList();
        assertThat(tokens).doesNotHaveDuplicates();

        spendsOneBucket(attempt -> given().auth().oauth2(tokens.get(attempt)));
    }

    @Test
    void freshTokensAndForwardingHeadersDoNotMakeAUserAnotherCaller() {
        // alice is an editor, and no other test here calls as her.
        List<String> tokens = IntStream.range(0, ATTEMPTS).mapToObj(attempt -> TestTokens.freshUser("alice")).toList();
        assertThat(tokens).doesNotHaveDuplicates();

        spendsOneBucket(attempt -> given().auth().oauth2(tokens.get(attempt))
                .header("X-Forwarded-For", "203.0.113." + attempt)
                .header("X-Real-IP", "192.0.2." + attempt));
    }

    /**
     * Sends the requests until one is refused for the rate, and checks that no more were admitted than one bucket
     * holds: its burst, and what it gained while they were sent.
     */
    private static void spendsOneBucket(IntFunction<RequestSpecification> attempt) {
        long started = System.nanoTime();
        int admitted = 0;
        int status = 0;
        while (admitted < ATTEMPTS && (status = attempt.apply(admitted).when().get("/api/v1/articles").statusCode()) == 200) {
            admitted++;
        }
        double seconds = (System.nanoTime() - started) / 1e9;

        assertThat(status).as("the answer once %d requests were admitted", admitted).isEqualTo(429);
        assertThat(admitted).isBetween(BURST, BURST + (int) (seconds * PER_SECOND));
    }

    private static String newPartnerToken() {
        String clientId = "partner-rate-" + UUID.randomUUID().toString().substring(0, 8);
        String secret = UUID.randomUUID().toString();
        TestTokens.keycloak().createPartner(clientId, secret);
        return TestTokens.clientCredentials(TestTokens.REALM, clientId, secret);
    }
}
