package org.newsgraph.articles.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsgraph.devstack.testing.SignedIn;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class ArticleResourceTest {

    @BeforeEach
    void signIn() {
        SignedIn.asEditor();
    }

    static String gazaTalks() {
        try (InputStream in = ArticleResourceTest.class.getResourceAsStream("/wire/gaza-talks.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> article(String title) {
        return Map.of("title", title, "body", "The body of " + title + ".", "source", "Reuters");
    }

    static String file(Map<String, Object> article) {
        return given().contentType(ContentType.JSON).body(article)
                .when().post("/articles")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void wireCopyIsFiledWithItsDatelineCreditAndTitle() {
        String body = gazaTalks();
        String id = given().contentType("text/plain; charset=utf-8").body(body)
                .when().post("/articles")
                .then().statusCode(201)
                .header("Location", containsString("/articles/"))
                .header("ETag", startsWith("\"r1-"))
                .body("revision", equalTo(1))
                .body("dateline.place", equalTo("WASHINGTON"))
                .body("source", equalTo("Agencies"))
                .body("title", startsWith("US President Donald Trump said on Tuesday"))
                .body("status", equalTo("PUBLISHED"))
                .extract().path("id");

        given().when().get("/articles/{id}", id)
                .then().statusCode(200)
                .header("ETag", startsWith("\"r1-"))
                .body("body", equalTo(body));
    }

    @Test
    void anArticleAnswersOnlyTheFieldsAskedForUnderATagOfItsOwn() {
        String id = file(article("Fields"));
        String whole = given().when().get("/articles/{id}", id).then().statusCode(200).extract().header("ETag");

        var selected = given().queryParam("fields", "id,title,publishedAt,actors").when().get("/articles/{id}", id)
                .then().statusCode(200).header("ETag", startsWith("\"r1-")).extract();
        org.assertj.core.api.Assertions.assertThat(selected.jsonPath().getMap("").keySet())
                .containsExactlyInAnyOrder("id", "title", "publishedAt", "actors");
        String tag = selected.header("ETag");
        org.assertj.core.api.Assertions.assertThat(tag).isNotEqualTo(whole);
        given().queryParam("fields", "id,title,publishedAt,actors").header("If-None-Match", tag).when().get("/articles/{id}", id)
                .then().statusCode(304);
        given().header("If-None-Match", tag).when().get("/articles/{id}", id).then().statusCode(200).body("body", equalTo("The body of Fields."));
    }

    @Test
    void unknownFieldsOfAnArticleAreRefusedWithTheFieldsItHas() {
        String id = file(article("Unknown fields"));
        given().queryParam("fields", "id,tags").when().get("/articles/{id}", id)
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", equalTo("Unknown field 'tags' in fields; an article has id, revision, title, body, dateline, source, byline, "
                        + "language, publishedAt, firstPublishedAt, lastModifiedAt, status, withdrawnAt, embargoed, owner, actors, "
                        + "actorsRevision, createdAt, updatedAt."));
    }

    @Test
    void aTitleGivenWithWireCopyWins() {
        given().contentType(ContentType.TEXT).queryParam("title", "Trump sends a delegation to Egypt").body(gazaTalks())
                .when().post("/articles")
                .then().statusCode(201).body("title", equalTo("Trump sends a delegation to Egypt"));
    }

    @Test
    void revisingNeedsTheCurrentRevisionsEtag() {
        String id = file(article("First revision"));
        given().contentType(ContentType.JSON).body(article("No If-Match"))
                .when().put("/articles/{id}", id)
                .then().statusCode(428).contentType("application/problem+json").body("status", equalTo(428));
        given().contentType(ContentType.JSON).header("If-Match", "\"r1\"").body(article("Second revision"))
                .when().put("/articles/{id}", id)
                .then().statusCode(200).header("ETag", startsWith("\"r2-")).body("revision", equalTo(2)).body("title", equalTo("Second revision"));
        given().contentType(ContentType.JSON).header("If-Match", "\"r1\"").body(article("Lost update"))
                .when().put("/articles/{id}", id)
                .then().statusCode(412).contentType("application/problem+json")
                .body("type", equalTo("https://newsgraph.org/problems/stale-revision"));
        given().when().get("/articles/{id}", id).then().body("title", equalTo("Second revision"));
    }

    @Test
    void aWithdrawnArticleIsKeptAndShownAsWithdrawn() {
        String id = file(article("To be withdrawn"));
        given().when().delete("/articles/{id}", id).then().statusCode(200).body("status", equalTo("WITHDRAWN"));
        given().when().get("/articles/{id}", id).then().statusCode(200).body("status", equalTo("WITHDRAWN"));
        given().contentType(ContentType.JSON).header("If-Match", "*").body(article("Too late"))
                .when().put("/articles/{id}", id)
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void aRetriedPostWithTheSameIdempotencyKeyAnswersTheFirstResult() {
        String key = UUID.randomUUID().toString();
        var first = article("Filed once");
        String id = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(first)
                .when().post("/articles").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(first)
                .when().post("/articles")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(id));
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(article("Something else"))
                .when().post("/articles")
                .then().statusCode(422).contentType("application/problem+json");
    }

    @Test
    void anUnknownArticleIsAProblem() {
        given().when().get("/articles/{id}", UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json")
                .body("title", equalTo("Article not found")).body("instance", startsWith("/articles/"));
    }

    @Test
    void malformedJsonIsAProblem() {
        given().contentType(ContentType.JSON).body("{\"title\": \"unterminated")
                .when().post("/articles")
                .then().statusCode(400).contentType("application/problem+json").body("detail", notNullValue());
    }

    @Test
    void aMissingTitleAndBodyAreNamed() {
        given().contentType(ContentType.JSON).body(Map.of("source", "AFP"))
                .when().post("/articles")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("title")).body("errors.field", hasItem("body"));
    }

    @Test
    void aMissingBodyIsAProblem() {
        given().contentType(ContentType.JSON)
                .when().post("/articles")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void anUnsupportedContentTypeIsAProblem() {
        given().contentType(ContentType.XML).body("<article/>")
                .when().post("/articles")
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void invalidUtf8IsAProblem() {
        byte[] broken = {'G', 'a', 'z', 'a', ' ', (byte) 0xC3, (byte) 0x28, ' ', 't', 'a', 'l', 'k', 's'};
        given().contentType(ContentType.TEXT).body(broken)
                .when().post("/articles")
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("UTF-8"));
    }

    @Test
    void aBodyOverOneMebibyteIsAProblemAndNothingIsWritten() {
        String huge = "word ".repeat(220_000);
        int before = given().queryParam("q", "ceasefire").when().get("/articles").then().extract().path("items.size()");
        given().contentType(ContentType.TEXT).body(huge)
                .when().post("/articles")
                .then().statusCode(413).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("title", "Huge", "body", huge))
                .when().post("/articles")
                .then().statusCode(413).contentType("application/problem+json");
        given().queryParam("q", "ceasefire").when().get("/articles").then().body("items.size()", equalTo(before));
    }

    @Test
    void aBodyOfSeveralMebibytesIsAProblem() {
        given().contentType(ContentType.TEXT).body("x".repeat(5 * 1024 * 1024))
                .when().post("/articles")
                .then().statusCode(413).contentType("application/problem+json");
    }

    @Test
    void blankWireCopyIsAProblem() {
        given().contentType(ContentType.TEXT).body("   \n ")
                .when().post("/articles")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void healthAndOpenApiAreServed() {
        given().when().get("/q/health/ready").then().statusCode(200);
        given().when().get("/q/health/live").then().statusCode(200);
        given().when().get("/q/openapi").then().statusCode(200).body(containsString("/articles"));
    }
}
