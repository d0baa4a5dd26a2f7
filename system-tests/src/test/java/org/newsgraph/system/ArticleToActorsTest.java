package org.newsgraph.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsgraph.devstack.testing.SignedIn;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** An article goes in at the articles service; the actors service finds who is in it; the article shows them. */
class ArticleToActorsTest {

    private static Platform platform;

    @BeforeAll
    static void startPlatform() {
        platform = Platform.get();
    }

    @BeforeEach
    void signIn() {
        SignedIn.asEditor();
    }

    static String seedArticle() {
        try (InputStream in = ArticleToActorsTest.class.getResourceAsStream("/gaza-talks.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String file(String body) {
        return given().baseUri(platform.articles.baseUrl()).contentType("text/plain; charset=utf-8").body(body)
                .when().post("/articles").then().statusCode(201).extract().path("id");
    }

    private static JsonPath articleOnceTagged(String id, int revision) {
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).until(() -> Integer.valueOf(revision).equals(
                given().baseUri(platform.articles.baseUrl()).when().get("/articles/{id}", id).then().extract().path("actorsRevision")));
        return given().baseUri(platform.articles.baseUrl()).when().get("/articles/{id}", id).then().extract().jsonPath();
    }

    @Test
    void theSeedArticleCarriesItsActorTagsWithinSeconds() {
        String id = file(seedArticle());
        JsonPath article = articleOnceTagged(id, 1);
        assertThat(article.getList("actors.name", String.class))
                .contains("Benjamin Netanyahu", "Donald Trump", "Marco Rubio", "Steve Witkoff", "Jared Kushner", "Hamas", "Egypt");

        String trump = article.getString("actors.find { it.name == 'Donald Trump' }.actorId");
        given().baseUri(platform.actors.baseUrl()).when().get("/actors/{id}/quotes", trump)
                .then().statusCode(200).body("items.text", hasItem(org.hamcrest.Matchers.startsWith("There's a real chance")));
        given().baseUri(platform.actors.baseUrl()).queryParam("q", "netanyahu").when().get("/actors")
                .then().statusCode(200).body("items.name", hasItem("Benjamin Netanyahu"));
        given().baseUri(platform.actors.baseUrl()).when().get("/actors/{id}/articles", trump)
                .then().statusCode(200).body("items.articleId", hasItem(id));
    }

    @Test
    void curationReachesEveryArticlesTags() {
        String first = file("BRASILIA — Luiza Fonseca-Prado, the finance minister, said \"the budget is balanced\" on Monday.");
        String second = file("BRASILIA — Finance Minister Luiza Prado met bankers on Tuesday.");
        String fullId = articleOnceTagged(first, 1).getString("actors.find { it.name == 'Luiza Fonseca-Prado' }.actorId");
        String shortId = articleOnceTagged(second, 1).getString("actors.find { it.name == 'Luiza Prado' }.actorId");
        assertThat(fullId).isNotNull().isNotEqualTo(shortId);

        given().baseUri(platform.actors.baseUrl()).contentType(ContentType.JSON).body(Map.of("into", fullId))
                .when().post("/actors/{id}/merge", shortId).then().statusCode(200);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().baseUri(platform.articles.baseUrl())
                .when().get("/articles/{id}", second).then().body("actors.actorId", hasItem(fullId)));

        given().baseUri(platform.actors.baseUrl()).contentType(ContentType.JSON).body(Map.of("name", "Luiza Prado Fonseca"))
                .when().patch("/actors/{id}", fullId).then().statusCode(200);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            for (String article : List.of(first, second)) {
                given().baseUri(platform.articles.baseUrl()).when().get("/articles/{id}", article)
                        .then().body("actors.name", hasItem("Luiza Prado Fonseca"));
            }
        });
    }

    @Test
    void aRevisionReplacesTheMentionsAndAWithdrawalRemovesThem() {
        String id = file("OTTAWA — Prime Minister Mark Carney spoke to reporters on Monday.");
        String carney = articleOnceTagged(id, 1).getString("actors.find { it.name == 'Mark Carney' }.actorId");

        given().baseUri(platform.articles.baseUrl()).contentType(ContentType.TEXT).header("If-Match", "\"r1\"")
                .body("OTTAWA — Pierre Poilievre spoke to reporters on Monday.").when().put("/articles/{id}", id).then().statusCode(200);
        JsonPath revised = articleOnceTagged(id, 2);
        assertThat(revised.getList("actors.name", String.class)).contains("Pierre Poilievre").doesNotContain("Mark Carney");
        given().baseUri(platform.actors.baseUrl()).when().get("/actors/{id}/articles", carney)
                .then().statusCode(200).body("items.articleId", org.hamcrest.Matchers.not(hasItem(id)));

        String poilievre = revised.getString("actors.find { it.name == 'Pierre Poilievre' }.actorId");
        given().baseUri(platform.articles.baseUrl()).when().delete("/articles/{id}", id).then().statusCode(200);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().baseUri(platform.actors.baseUrl())
                .when().get("/actors/{id}/articles", poilievre).then().body("items.articleId", org.hamcrest.Matchers.not(hasItem(id))));
    }
}
