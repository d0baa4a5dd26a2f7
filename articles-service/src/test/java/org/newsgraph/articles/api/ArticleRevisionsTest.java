package org.newsgraph.articles.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsgraph.devstack.testing.SignedIn;

import io.restassured.http.ContentType;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ArticleRevisionsTest {

    private static final String PUBLISHED = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();

    @BeforeEach
    void signIn() {
        SignedIn.asEditor();
    }

    private static String fileAnHourAgo(String title) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("title", title, "body", "The body of " + title + ".", "publishedAt", PUBLISHED))
                .when().post("/articles")
                .then().statusCode(201).body("publishedAt", equalTo(PUBLISHED)).extract().path("id");
    }

    @Test
    void aRevisionKeepsThePublicationTimeWhetherJsonOrWireCopy() {
        String id = fileAnHourAgo("Talks begin");

        given().contentType(ContentType.JSON).header("If-Match", "\"r1\"").body(Map.of("title", "Talks resume", "body", "They resumed."))
                .when().put("/articles/{id}", id)
                .then().statusCode(200)
                .body("publishedAt", equalTo(PUBLISHED))
                .body("firstPublishedAt", equalTo(PUBLISHED))
                .body("lastModifiedAt", not(equalTo(PUBLISHED)));
        given().contentType(ContentType.TEXT).header("If-Match", "\"r2\"").body("Talks end\n\nThey ended on Tuesday.")
                .when().put("/articles/{id}", id)
                .then().statusCode(200).body("revision", equalTo(3)).body("publishedAt", equalTo(PUBLISHED));
    }

    @Test
    void revisionsAreListedOldestFirstWithTheirNotesAndEachIsReadable() {
        String id = fileAnHourAgo("Minister resigns");
        given().contentType(ContentType.JSON).header("If-Match", "\"r1\"")
                .body(Map.of("title", "Minister resigns", "body", "The minister resigned on Monday.", "note", "Corrects the day: Monday, not Sunday."))
                .when().put("/articles/{id}", id)
                .then().statusCode(200);
        given().contentType(ContentType.TEXT).header("If-Match", "\"r2\"").queryParam("note", "Adds the title.")
                .body("Minister resigns over budget\n\nThe minister resigned on Monday over the budget.")
                .when().put("/articles/{id}", id)
                .then().statusCode(200);

        given().when().get("/articles/{id}/revisions", id)
                .then().statusCode(200)
                .body("articleId", equalTo(id))
                .body("currentRevision", equalTo(3))
                .body("firstPublishedAt", equalTo(PUBLISHED))
                .body("revisions.revision", contains(1, 2, 3))
                .body("revisions.title", contains("Minister resigns", "Minister resigns", "Minister resigns over budget"))
                .body("revisions.note", contains(null, "Corrects the day: Monday, not Sunday.", "Adds the title."))
                .body("revisions.publishedAt", contains(PUBLISHED, PUBLISHED, PUBLISHED))
                .body("revisions[0].body", nullValue());

        given().when().get("/articles/{id}/revisions/{revision}", id, 1)
                .then().statusCode(200)
                .header("ETag", "\"r1\"")
                .body("revision", equalTo(1))
                .body("body", equalTo("The body of Minister resigns."))
                .body("publishedAt", equalTo(PUBLISHED));
        given().when().get("/articles/{id}/revisions/{revision}", id, 2)
                .then().statusCode(200).body("note", equalTo("Corrects the day: Monday, not Sunday."));
    }

    @Test
    void aRevisionThatDoesNotExistIsAProblem() {
        String id = fileAnHourAgo("Only one revision");
        for (String revision : new String[] {"2", "0", "x", "01"}) {
            given().when().get("/articles/{id}/revisions/{revision}", id, revision)
                    .then().statusCode(404).contentType("application/problem+json")
                    .body("type", equalTo("https://newsgraph.org/problems/revision-not-found"));
        }
        given().when().get("/articles/{id}/revisions", UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("https://newsgraph.org/problems/article-not-found"));
    }

    @Test
    void aNewArticleTakesNoCorrectionNote() {
        given().contentType(ContentType.JSON).body(Map.of("title", "Fresh", "body", "Fresh news.", "note", "Nothing to correct"))
                .when().post("/articles")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://newsgraph.org/problems/invalid-article"));
    }

    @Test
    void anOverlongNoteIsAProblem() {
        String id = fileAnHourAgo("Long note");
        given().contentType(ContentType.TEXT).header("If-Match", "\"r1\"").queryParam("note", "n".repeat(1001)).body("Long note\n\nText.")
                .when().put("/articles/{id}", id)
                .then().statusCode(400).contentType("application/problem+json");
    }
}
