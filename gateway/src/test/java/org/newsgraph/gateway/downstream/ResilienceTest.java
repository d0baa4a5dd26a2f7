package org.newsgraph.gateway.downstream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsgraph.devstack.testing.TestTokens;
import org.newsgraph.gateway.support.ServiceStubs;
import org.newsgraph.gateway.support.ServiceStubsResource;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;

@QuarkusTest
class ResilienceTest {

    @ServiceStubsResource.Stubs
    ServiceStubs stubs;

    @Inject
    CircuitBreakerMaintenance breakers;

    /** Failures an earlier test class left with the breakers must not open them for these tests. */
    @BeforeEach
    void closeBreakers() {
        breakers.resetAll();
    }

    @AfterEach
    void bringActorsServiceBack() {
        stubs.actors().start();
        breakers.resetAll();
    }

    @Test
    void answers503WhenAServiceIsTooSlow() {
        given().auth().oauth2(TestTokens.user("bob"))
                .when().get("/api/v1/articles/" + ServiceStubs.SLOW_ARTICLE_ID)
                .then().statusCode(503).time(lessThan(ServiceStubs.SLOW_ANSWER.toMillis()), TimeUnit.MILLISECONDS)
                .contentType("application/problem+json")
                .body("type", equalTo("https://newsgraph.org/problems/service-unavailable"))
                .body("detail", startsWith("articles-service did not answer within 1000 ms"));
    }

    @Test
    void answers503AtOnceWhenAServiceIsDownAndStopsCallingItAfterRepeatedFailures() {
        stubs.actors().stop();
        String token = TestTokens.user("bob");

        given().auth().oauth2(token).when().get("/api/v1/actors")
                .then().statusCode(503).time(lessThan(1000L), TimeUnit.MILLISECONDS)
                .contentType("application/problem+json")
                .body("detail", startsWith("actors-service could not be reached"));
        given().auth().oauth2(token).when().get("/api/v1/actors")
                .then().statusCode(503)
                .body("detail", containsString("failed repeatedly"));
        given().auth().oauth2(TestTokens.user("alice")).contentType("application/json").body("{}")
                .when().patch("/api/v1/actors/" + ServiceStubs.KNOWN_ACTOR_ID)
                .then().statusCode(503);
        assertThat(breakers.currentState("actors-service").name()).isEqualTo("OPEN");
    }

    @Test
    void servesAgainOnceTheServiceIsBack() {
        stubs.actors().stop();
        given().auth().oauth2(TestTokens.user("bob")).when().get("/api/v1/actors/" + ServiceStubs.KNOWN_ACTOR_ID).then().statusCode(503);
        stubs.actors().start();

        given().auth().oauth2(TestTokens.user("bob")).when().get("/api/v1/actors/" + ServiceStubs.KNOWN_ACTOR_ID).then().statusCode(200);
    }

    @Test
    void expandsAnArticlePartiallyWhenActorsServiceIsDown() {
        stubs.actors().stop();

        given().auth().oauth2(TestTokens.user("bob")).queryParam("expand", "actors")
                .when().get("/api/v1/articles/" + ServiceStubs.ARTICLE_ID)
                .then().statusCode(200)
                .header("Warning", startsWith("199 "))
                .body("expanded.actors", equalTo("partial"))
                .body("actors.name", hasItem("Donald Trump"))
                .body("actors[0].summary", nullValue());
    }

    @Test
    void reportsEachServiceWithoutFailingForAServiceThatIsDown() {
        stubs.actors().stop();

        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                // Readiness asks nothing of Keycloak: a Keycloak restart must not take the gateway out of rotation.
                .body("checks.name", not(hasItem("OIDC Provider Health Check")))
                .body("checks.find { it.name == 'services' }.data.'articles-service'", equalTo("UP"))
                .body("checks.find { it.name == 'services' }.data.'actors-service'", startsWith("DOWN"))
                .body("checks.find { it.name == 'services' }.data.'actors-service circuit breaker'", equalTo("CLOSED"));
    }
}
