package org.newsgraph.articles.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsgraph.devstack.testing.SignedIn;
import org.newsgraph.events.ArticleActorsIdentified;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;

@QuarkusTest
class ActorTaggingTest {

    @Inject
    ActorTagging tagging;

    @BeforeEach
    void signIn() {
        SignedIn.asEditor();
    }

    private static UUID file(String title) {
        return UUID.fromString(given().contentType(ContentType.JSON).body(Map.of("title", title, "body", "Body of " + title))
                .when().post("/articles").then().statusCode(201).extract().path("id"));
    }

    private static void revise(UUID id, int revision) {
        given().contentType(ContentType.JSON).header("If-Match", "\"r" + revision + "\"").body(Map.of("title", "Revised", "body", "New body"))
                .when().put("/articles/{id}", id).then().statusCode(200);
    }

    private static ArticleActorsIdentified identified(UUID article, int revision, String... names) {
        List<ArticleActorsIdentified.Actor> actors = IntStream.range(0, names.length)
                .mapToObj(i -> new ArticleActorsIdentified.Actor(UUID.randomUUID(), names[i], "PERSON", List.of("Minister"), i + 1))
                .toList();
        return new ArticleActorsIdentified(article, revision, actors, List.of());
    }

    @Test
    void tagsAreShownMostMentionedFirst() {
        UUID id = file("Three actors");
        tagging.take(List.of(identified(id, 1, "Hamas", "Gaza", "Donald Trump")));
        given().when().get("/articles/{id}", id).then()
                .body("actors.name", equalTo(List.of("Donald Trump", "Gaza", "Hamas")))
                .body("actors[0].roles", equalTo(List.of("Minister")))
                .body("actorsRevision", equalTo(1));
    }

    @Test
    void withinOnePollTheNewestRevisionsTagsStayWhateverTheirOrder() {
        UUID newerFirst = file("Newer tags first");
        UUID olderFirst = file("Older tags first");
        revise(newerFirst, 1);
        revise(olderFirst, 1);
        tagging.take(List.of(
                identified(newerFirst, 2, "Marco Rubio"), identified(newerFirst, 1, "Someone Else"),
                identified(olderFirst, 1, "Someone Else"), identified(olderFirst, 2, "Marco Rubio")));
        for (UUID id : List.of(newerFirst, olderFirst)) {
            given().when().get("/articles/{id}", id).then()
                    .body("actors.name", equalTo(List.of("Marco Rubio"))).body("actorsRevision", equalTo(2));
        }
    }

    @Test
    void tagsOfARevisionNotYetWrittenOrOfAnUnknownArticleAreDroppedAndTheRestTaken() {
        UUID early = file("Tags from the future");
        UUID taken = file("Tags on time");
        tagging.take(List.of(identified(early, 2, "Marco Rubio"), identified(UUID.randomUUID(), 1, "Nobody Here"),
                identified(taken, 1, "Marco Rubio")));
        given().when().get("/articles/{id}", early).then().body("actors", equalTo(List.of())).body("actorsRevision", nullValue());
        given().when().get("/articles/{id}", taken).then().body("actors.name", equalTo(List.of("Marco Rubio")));
    }

    @Test
    void newTagsReplaceTheOldOnes() {
        UUID id = file("Tagged twice");
        tagging.take(List.of(identified(id, 1, "Someone Else", "Hamas")));
        revise(id, 1);
        tagging.take(List.of(identified(id, 2, "Marco Rubio")));
        given().when().get("/articles/{id}", id).then().body("actors.name", equalTo(List.of("Marco Rubio")));
    }
}
