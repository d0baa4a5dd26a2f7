package org.newsgraph.articles.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

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
}
