package org.newsgraph.articles.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsgraph.articles.events.ActorTagging;
import org.newsgraph.devstack.testing.SignedIn;
import org.newsgraph.events.ArticleActorsIdentified;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;

@QuarkusTest
class ConditionalReadTest {

    @Inject
    ActorTagging tagging;

    @BeforeEach
    void signIn() {
        SignedIn.asEditor();
    }

    private static String file(String title) {
        return given().contentType(ContentType.JSON).body(Map.of("title", title, "body", "Body of " + title))
                .when().post("/articles").then().statusCode(201).extract().path("id");
    }

    private static String tagOf(String id) {
        return given().when().get("/articles/{id}", id)
                .then().statusCode(200).header("ETag", matchesPattern("\"r\\d+-[0-9a-f]{16}\"")).extract().header("ETag");
    }

    @Test
    void aCurrentCopyIsAnsweredNotModified() {
        var filed = given().contentType(ContentType.JSON).body(Map.of("title", "Read twice", "body", "Body of Read twice"))
                .when().post("/articles").then().statusCode(201).extract();
        String id = filed.path("id");
        String tag = tagOf(id);
        // What filing answered is what reading answers, to the byte.
        assertThat(filed.header("ETag")).isEqualTo(tag);

        given().header("If-None-Match", tag).when().get("/articles/{id}", id)
                .then().statusCode(304).header("ETag", tag).body(emptyString());
        given().header("If-None-Match", "\"r0\", W/" + tag).when().get("/articles/{id}", id).then().statusCode(304);
        given().header("If-None-Match", "\"r1\"").when().get("/articles/{id}", id).then().statusCode(200).header("ETag", tag);
    }

    @Test
    void actorTagsArrivingMakeTheCopyStaleThoughTheRevisionStays() {
        String id = file("Tagged later");
        String untagged = tagOf(id);

        tagging.take(List.of(new ArticleActorsIdentified(UUID.fromString(id), 1,
                List.of(new ArticleActorsIdentified.Actor(UUID.randomUUID(), "Marco Rubio", "PERSON", List.of(), 2)), List.of())));

        given().header("If-None-Match", untagged).when().get("/articles/{id}", id)
                .then().statusCode(200).header("ETag", not(equalTo(untagged))).body("actors[0].name", equalTo("Marco Rubio"));
    }

    @Test
    void aWithdrawalOrARevisionMakesTheCopyStaleAndTheTagStillServesIfMatch() {
        String id = file("Changed after reading");
        String first = tagOf(id);

        String revised = given().contentType(ContentType.JSON).header("If-Match", first).body(Map.of("title", "Changed", "body", "Changed."))
                .when().put("/articles/{id}", id)
                .then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", first).when().get("/articles/{id}", id).then().statusCode(200).header("ETag", revised);

        given().header("If-Match", revised).when().delete("/articles/{id}", id).then().statusCode(200);
        given().header("If-None-Match", revised).when().get("/articles/{id}", id)
                .then().statusCode(200).body("status", equalTo("WITHDRAWN"));
    }

    @Test
    void aRevisionNeverChangesSoItsTagNamesIt() {
        String id = file("One revision");
        given().header("If-None-Match", "\"r1\"").when().get("/articles/{id}/revisions/1", id)
                .then().statusCode(304).header("ETag", "\"r1\"");
    }
}
