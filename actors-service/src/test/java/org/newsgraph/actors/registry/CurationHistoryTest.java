package org.newsgraph.actors.registry;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsgraph.actors.Articles;
import org.newsgraph.devstack.testing.SignedIn;
import org.newsgraph.devstack.testing.TestTokens;
import org.newsgraph.devstack.testing.TestTopics;
import org.newsgraph.events.ActorUnmerged;
import org.newsgraph.events.ArticleActorsIdentified;
import org.newsgraph.events.CloudEventHeaders;
import org.newsgraph.events.EventContract;
import org.newsgraph.events.EventType;
import org.newsgraph.events.Topics;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class CurationHistoryTest {

    @BeforeEach
    void signIn() {
        SignedIn.asEditor();
    }

    @Test
    void theHistoryListsEachChangeWithItsCuratorNewestFirst() {
        UUID full = Articles.annotate("LIMA — Rosario Quispe-Mamani said on Monday that the talks would resume.").get("Rosario Quispe-Mamani");
        UUID nickname = Articles.annotate("LIMA — Charo Quispe-Mamani said on Tuesday that the strike was over.").get("Charo Quispe-Mamani");

        given().contentType(ContentType.JSON).body(Map.of("name", "Rosario Quispe")).when().patch("/actors/{id}", full)
                .then().statusCode(200);
        SignedIn.as(TestTokens.user("admin"));
        given().contentType(ContentType.JSON).body(Map.of("addAliases", List.of("La Rosario"))).when().patch("/actors/{id}", full)
                .then().statusCode(200);
        SignedIn.asEditor();
        given().contentType(ContentType.JSON).body(Map.of("into", full.toString())).when().post("/actors/{id}/merge", nickname)
                .then().statusCode(200);

        SignedIn.as(TestTokens.user("bob"));
        given().when().get("/actors/{id}/history", full).then().statusCode(200)
                .body("items.kind", contains("MERGED", "ALIAS_ADDED", "RENAMED"))
                .body("items.curator", contains("alice", "admin", "alice"))
                .body("items[0].actorId", equalTo(nickname.toString()))
                .body("items[0].otherActorId", equalTo(full.toString()))
                .body("items[1].after.alias", equalTo("La Rosario"))
                .body("items[2].before.name", equalTo("Rosario Quispe-Mamani"))
                .body("items[2].after.name", equalTo("Rosario Quispe"));
        // The merged actor's own history shows its merge, without a redirect.
        given().redirects().follow(false).when().get("/actors/{id}/history", nickname).then().statusCode(200)
                .body("items.kind", contains("MERGED"));

        String cursor = given().queryParam("limit", 2).when().get("/actors/{id}/history", full).then().statusCode(200)
                .body("items.kind", contains("MERGED", "ALIAS_ADDED")).extract().path("nextCursor");
        given().queryParam("limit", 2).queryParam("cursor", cursor).when().get("/actors/{id}/history", full).then().statusCode(200)
                .body("items.kind", contains("RENAMED")).body("nextCursor", equalTo(null));
        given().when().get("/actors/{id}/history", UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aTypeChangeIsRecordedWithTheTypesBeforeAndAfter() {
        UUID haque = Articles.annotate("DHAKA — Officials said Tanvir Haque-Molla visited the dam on Monday. Haque-Molla left.")
                .get("Tanvir Haque-Molla");
        given().contentType(ContentType.JSON).body(Map.of("type", "LOCATION")).when().patch("/actors/{id}", haque).then().statusCode(200);
        given().when().get("/actors/{id}/history", haque).then().statusCode(200)
                .body("items.kind", contains("RETYPED"))
                .body("items[0].before.type", equalTo("PERSON")).body("items[0].after.type", equalTo("LOCATION"));
    }

    @Test
    void undoingAMergeRestoresTheActorWithItsNamesArticlesAndQuotes() {
        UUID firstArticle = UUID.randomUUID();
        UUID secondArticle = UUID.randomUUID();
        Articles.publish(EventType.ARTICLE_PUBLISHED, Articles.event(firstArticle, 1,
                "QUITO — Esperanza Cabrera-Yupanqui said \"the harvest will be larger than last year\" on Monday."));
        Articles.publish(EventType.ARTICLE_PUBLISHED, Articles.event(secondArticle, 1,
                "QUITO — Espe Cabrera-Yupanqui, a farmer, said \"the roads are still closed to the coast\" on Tuesday."));
        UUID full = idOf(Articles.identified(firstArticle), "Esperanza Cabrera-Yupanqui");
        UUID nickname = idOf(Articles.identified(secondArticle), "Espe Cabrera-Yupanqui");
        given().contentType(ContentType.JSON).body(Map.of("addAliases", List.of("La Espe"))).when().patch("/actors/{id}", nickname)
                .then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("into", full.toString())).when().post("/actors/{id}/merge", nickname)
                .then().statusCode(200).body("quoteCount", equalTo(2)).body("aliases.name", hasItem("La Espe"));

        SignedIn.as(TestTokens.user("bob"));
        given().when().post("/actors/{id}/merges/{mergedId}/undo", full, nickname).then().statusCode(403);
        SignedIn.asEditor();
        given().when().post("/actors/{id}/merges/{mergedId}/undo", full, nickname).then().statusCode(200)
                .body("id", equalTo(nickname.toString())).body("status", equalTo("ACTIVE"))
                .body("aliases.name", hasItem("La Espe")).body("quoteCount", equalTo(1)).body("articleCount", equalTo(1));

        given().redirects().follow(false).when().get("/actors/{id}", nickname).then().statusCode(200);
        given().when().get("/actors/{id}/articles", nickname).then().statusCode(200).body("items.articleId", contains(secondArticle.toString()));
        given().when().get("/actors/{id}/quotes", nickname).then().statusCode(200)
                .body("items.text", contains(containsString("the roads are still closed")));
        given().when().get("/actors/{id}", full).then().statusCode(200).body("quoteCount", equalTo(1))
                .body("aliases.name", not(hasItem("La Espe"))).body("aliases.name", not(hasItem("Espe Cabrera-Yupanqui")));
        given().when().get("/actors/{id}/history", nickname).then().statusCode(200)
                .body("items.kind", contains("MERGE_UNDONE", "MERGED", "ALIAS_ADDED"))
                .body("items[0].after.mentions", equalTo(1)).body("items[0].after.quotes", equalTo(1));

        // Announced after the merge, by its key, with the article that names the restored actor, so that its tags follow.
        var announced = TestTopics.read(Topics.ACTORS, record -> nickname.toString().equals(record.key()), 2, Duration.ofSeconds(20));
        assertThat(announced).extracting(record -> TestTopics.header(record, CloudEventHeaders.TYPE))
                .containsExactly(EventType.ACTOR_MERGED.type(), EventType.ACTOR_UNMERGED.type());
        ActorUnmerged unmerged = EventContract.read(EventType.ACTOR_UNMERGED, announced.get(1).value(), ActorUnmerged.class);
        assertThat(unmerged.fromActorId()).isEqualTo(full);
        assertThat(unmerged.articles()).singleElement().satisfies(article -> {
            assertThat(article.articleId()).isEqualTo(secondArticle);
            assertThat(article.actors()).extracting(ArticleActorsIdentified.Actor::actorId).contains(nickname).doesNotContain(full);
            assertThat(article.quotes()).extracting(ArticleActorsIdentified.Quote::actorId).containsExactly(nickname);
        });

        given().when().post("/actors/{id}/merges/{mergedId}/undo", full, nickname).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("undone already"));
        given().when().post("/actors/{id}/merges/{mergedId}/undo", full, UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aMergeBuiltOnSinceIsNotUndone() {
        UUID first = Articles.annotate("KUMASI — Yaw Boakye-Ansah said on Monday that the market would reopen.").get("Yaw Boakye-Ansah");
        UUID second = Articles.annotate("KUMASI — Efua Sarpong-Lartey said on Tuesday that the bridge was safe.").get("Efua Sarpong-Lartey");
        UUID third = Articles.annotate("KUMASI — Kojo Amponsah-Tetteh said on Friday that the rains had come.").get("Kojo Amponsah-Tetteh");
        given().contentType(ContentType.JSON).body(Map.of("into", second.toString())).when().post("/actors/{id}/merge", first)
                .then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("into", third.toString())).when().post("/actors/{id}/merge", second)
                .then().statusCode(200);

        given().when().post("/actors/{id}/merges/{mergedId}/undo", second, first).then().statusCode(409)
                .contentType("application/problem+json").body("title", equalTo("Merge cannot be undone"))
                .body("detail", containsString("was itself merged into " + third));
        given().when().post("/actors/{id}/merges/{mergedId}/undo", third, first).then().statusCode(409)
                .body("detail", containsString("is not merged into"));
    }

    private static UUID idOf(ArticleActorsIdentified identified, String name) {
        return identified.actors().stream().filter(actor -> actor.name().equals(name)).findFirst().orElseThrow().actorId();
    }
}
