package org.newsgraph.security.testing;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.both;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThan;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.newsgraph.devstack.testing.KeycloakAdmin;
import org.newsgraph.devstack.testing.TestTokens;
import org.newsgraph.security.routes.Service;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * A partner disabled in Keycloak, by whatever means, is refused by every application within seconds, although the
 * token it holds is still signed and unexpired; enabled again, it gets in with a new token. A module runs it by
 * extending it in a {@code @QuarkusTest}.
 */
public abstract class PartnerDisablingContract {

    /** newsgraph.security.partner-recheck, and time for Keycloak and a loaded test machine. */
    private static final Duration WITHIN = Duration.ofSeconds(10);

    /** The application under test. */
    protected abstract Service component();

    @Test
    void refusesADisabledPartnerWithinSecondsAndAdmitsItAgainOnceEnabled() {
        KeycloakAdmin keycloak = TestTokens.keycloak();
        String clientId = "partner-disabled-" + UUID.randomUUID().toString().substring(0, 8);
        String secret = UUID.randomUUID().toString();
        keycloak.createPartner(clientId, secret);
        String token = TestTokens.clientCredentials(TestTokens.REALM, clientId, secret);
        read(token).then().statusCode(200);
        write(token).then().statusCode(both(greaterThanOrEqualTo(200)).and(lessThan(300)));

        keycloak.setEnabled(clientId, false);

        await().atMost(WITHIN).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> disabled(read(token)));
        disabled(write(token));

        keycloak.setEnabled(clientId, true);
        String renewed = TestTokens.clientCredentials(TestTokens.REALM, clientId, secret);
        read(renewed).then().statusCode(200);
        write(renewed).then().statusCode(both(greaterThanOrEqualTo(200)).and(lessThan(300)));
    }

    private Response read(String token) {
        String path = switch (component()) {
            case GATEWAY -> "/api/v1/articles";
            case ARTICLES -> "/articles";
            case ACTORS -> "/actors";
        };
        return as(token).when().get(path);
    }

    /** What a partner changes or asks the application to work on: an article filed, a text for extraction. */
    private Response write(String token) {
        return switch (component()) {
            case GATEWAY -> as(token).contentType("application/json").body(article()).when().post("/api/v1/articles");
            case ARTICLES -> as(token).contentType("application/json").body(article()).when().post("/articles");
            case ACTORS -> as(token).contentType("text/plain").body("WASHINGTON - President Donald Trump spoke.").when().post("/extract");
        };
    }

    private static String article() {
        return "{\"title\":\"Filed by a partner\",\"body\":\"WASHINGTON (Agencies) - Talks resumed.\"}";
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }

    private static void disabled(Response response) {
        response.then().statusCode(401).contentType("application/problem+json")
                .body("type", equalTo("https://newsgraph.org/problems/client-disabled"));
    }
}
