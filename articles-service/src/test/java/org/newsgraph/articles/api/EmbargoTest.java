package org.newsgraph.articles.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newsgraph.articles.SearchWords;
import org.newsgraph.devstack.testing.SignedIn;
import org.newsgraph.devstack.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * An article filed with a publishedAt ahead is embargoed: its owner, the editors and admins see it, marked so; everyone
 * else finds nothing, by id or by search, until its time, from which it is there without anything being run.
 */
@QuarkusTest
class EmbargoTest {

    @AfterEach
    void signInAgainAsEditor() {
        SignedIn.asEditor();
    }

    private static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token);
    }

    private static String fileAsAgency(String word, Instant publishedAt) {
        return as(TestTokens.partnerAgency()).contentType(ContentType.JSON)
                .body(Map.of("title", "Results " + word, "body", "The results of " + word + ".", "publishedAt", publishedAt.toString()))
                .when().post("/articles").then().statusCode(201).body("embargoed", equalTo(true)).extract().path("id");
    }

    private static List<String> found(String token, String word) {
        return as(token).queryParam("q", word).when().get("/articles").then().statusCode(200).extract().jsonPath().getList("items.id", String.class);
    }

    @Test
    void anEmbargoedArticleIsSeenOnlyByItsOwnerAndEditorsThenByEveryoneAtItsTime() {
        String word = SearchWords.unique();
        // Far enough ahead for the insiders' reads to end before it on a loaded machine.
        Instant publishedAt = Instant.now().plus(12, ChronoUnit.SECONDS).truncatedTo(ChronoUnit.MILLIS);
        String id = fileAsAgency(word, publishedAt);
        String reader = TestTokens.user("bob");

        as(reader).when().get("/articles/{id}", id).then().statusCode(404).body("title", equalTo("Article not found"));
        as(reader).when().get("/articles/{id}/revisions", id).then().statusCode(404);
        as(reader).when().get("/articles/{id}/revisions/1", id).then().statusCode(404);
        assertThat(found(reader, word)).isEmpty();
        as(reader).queryParam("q", word).queryParam("sort", "newest").when().get("/articles").then().body("items", equalTo(List.of()))
                .body("total.value", equalTo(0));

        for (String insider : List.of(TestTokens.partnerAgency(), TestTokens.user("alice"), TestTokens.user("admin"))) {
            as(insider).when().get("/articles/{id}", id).then().statusCode(200).body("embargoed", equalTo(true));
            as(insider).queryParam("q", word).when().get("/articles").then().statusCode(200)
                    .body("items.id", equalTo(List.of(id))).body("items[0].embargoed", equalTo(true));
        }

        Awaitility.await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(250))
                .until(() -> found(reader, word).equals(List.of(id)));
        assertThat(Instant.now()).isAfterOrEqualTo(publishedAt);
        as(reader).when().get("/articles/{id}", id).then().statusCode(200).body("embargoed", nullValue());
        as(reader).queryParam("q", word).when().get("/articles").then().body("items[0].embargoed", nullValue());
    }

    @Test
    void dayFacetsCountEmbargoedArticlesOnlyForThoseWhoSeeThem() {
        String word = SearchWords.unique();
        Instant tomorrow = Instant.now().plus(1, ChronoUnit.DAYS);
        fileAsAgency(word, tomorrow);
        as(TestTokens.user("alice")).contentType(ContentType.JSON)
                .body(Map.of("title", "Earlier " + word, "body", "Out already.", "publishedAt", "2026-01-05T10:00:00Z"))
                .when().post("/articles").then().statusCode(201);
        String embargoedDay = tomorrow.toString().substring(0, 10);

        as(TestTokens.user("bob")).queryParam("q", word).queryParam("facets", "days").when().get("/articles").then().statusCode(200)
                .body("dayFacets", equalTo(List.of(Map.of("value", "2026-01-05", "articles", 1))));
        as(TestTokens.partnerAgency()).queryParam("q", word).queryParam("facets", "days").when().get("/articles").then().statusCode(200)
                .body("dayFacets.value", equalTo(List.of(embargoedDay, "2026-01-05")));
    }

    @Test
    void aListInDateOrderLeavesEmbargoedArticlesOutForReaders() {
        String word = SearchWords.unique();
        String embargoed = fileAsAgency(word, Instant.now().plus(1, ChronoUnit.DAYS));
        as(TestTokens.user("alice")).contentType(ContentType.JSON).body(Map.of("title", "Earlier " + word, "body", "Out already."))
                .when().post("/articles").then().statusCode(201);
        as(TestTokens.user("bob")).queryParam("q", word).queryParam("sort", "oldest").when().get("/articles").then().statusCode(200)
                .body("items.title", equalTo(List.of("Earlier " + word))).body("total.value", equalTo(1));
        as(TestTokens.partnerAgency()).queryParam("owner", "me").queryParam("q", word).when().get("/articles").then().statusCode(200)
                .body("items.id", equalTo(List.of(embargoed)));
    }
}
