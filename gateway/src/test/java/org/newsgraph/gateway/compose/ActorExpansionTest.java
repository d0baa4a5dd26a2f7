package org.newsgraph.gateway.compose;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;
import org.newsgraph.devstack.testing.TestTokens;
import org.newsgraph.gateway.support.ServiceStub;
import org.newsgraph.gateway.support.ServiceStubs;
import org.newsgraph.gateway.support.ServiceStubsResource;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ActorExpansionTest {

    private static final String ARTICLE = "/api/v1/articles/" + ServiceStubs.ARTICLE_ID;

    @ServiceStubsResource.Stubs
    ServiceStubs stubs;

    @Test
    void addsEachKnownActorsSummaryToItsTag() {
        stubs.forget();
        String token = TestTokens.user("bob");

        given().auth().oauth2(token).header("X-Request-Id", "expand-1").queryParam("expand", "actors")
                .when().get(ARTICLE)
                .then().statusCode(200)
                .contentType("application/json")
                .header("ETag", "W/\"r1\"")
                .header("Warning", nullValue())
                .body("expanded.actors", equalTo("complete"))
                .body("actors[0].mentionCount", equalTo(3))
                .body("actors[0].summary.aliases[0].name", equalTo("Trump"))
                .body("actors[0].summary.roles[0].role", equalTo("US President"))
                .body("actors[0].summary.mentionCount", equalTo(120))
                .body("actors[0].summary.firstSeen", nullValue())
                .body("actors[0].summary.status", nullValue())
                // The registry no longer knows this one: not an error, just not expanded.
                .body("actors[1].name", equalTo("Bibi"))
                .body("actors[1].summary", nullValue());

        assertThat(stubs.articles().last().query()).isNull();
        assertThat(stubs.actors().received()).extracting(ServiceStub.Received::path)
                .containsExactlyInAnyOrder("/actors/" + ServiceStubs.KNOWN_ACTOR_ID, "/actors/" + ServiceStubs.MERGED_ACTOR_ID);
        assertThat(stubs.actors().received()).allSatisfy(lookup -> {
            assertThat(lookup.header("Authorization")).isEqualTo("Bearer " + token);
            assertThat(lookup.header("X-Request-Id")).isEqualTo("expand-1");
        });
    }

    @Test
    void answersAConditionalReadOfTheExpandedArticleInFull() {
        stubs.forget();
        given().auth().oauth2(TestTokens.user("bob")).header("If-None-Match", "W/\"r1\"").queryParam("expand", "actors")
                .when().get(ARTICLE)
                .then().statusCode(200).body("expanded.actors", equalTo("complete"));

        assertThat(stubs.articles().last().header("If-None-Match")).isNull();
    }

    @Test
    void passesAMissingArticleThrough() {
        given().auth().oauth2(TestTokens.user("bob")).queryParam("expand", "actors")
                .when().get("/api/v1/articles/" + ServiceStubs.MISSING_ARTICLE_ID)
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("https://newsgraph.org/problems/article-not-found"));
    }

    @Test
    void refusesAnExpansionItDoesNotKnow() {
        given().auth().oauth2(TestTokens.user("bob")).queryParam("expand", "quotes")
                .when().get(ARTICLE)
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://newsgraph.org/problems/invalid-query"));
    }
}
