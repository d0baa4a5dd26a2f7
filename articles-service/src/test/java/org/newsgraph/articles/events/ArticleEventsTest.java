package org.newsgraph.articles.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsgraph.devstack.testing.SignedIn;
import org.newsgraph.devstack.testing.TestTopics;
import org.newsgraph.devstack.Devstack;
import org.newsgraph.events.ActorMerged;
import org.newsgraph.events.ActorRenamed;
import org.newsgraph.events.ActorRetyped;
import org.newsgraph.events.ActorUnmerged;
import org.newsgraph.events.ArticleActorsIdentified;
import org.newsgraph.events.ArticleEvent;
import org.newsgraph.events.CloudEventHeaders;
import org.newsgraph.events.EventContract;
import org.newsgraph.events.EventType;
import org.newsgraph.events.Topics;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class ArticleEventsTest {

    @BeforeEach
    void signIn() {
        SignedIn.asEditor();
    }

    private static void publish(EventType type, String key, Record data) {
        TestTopics.publish(type.topic(), key, Map.of(CloudEventHeaders.TYPE, type.type()), EventContract.write(type, data));
    }

    private static String file(String title) {
        return given().contentType(ContentType.JSON).body(Map.of("title", title, "body", "Body of " + title, "source", "AFP"))
                .when().post("/articles").then().statusCode(201).extract().path("id");
    }

    private static ArticleActorsIdentified.Actor actor(UUID id, String name, int mentions) {
        return new ArticleActorsIdentified.Actor(id, name, "PERSON", List.of("US President"), mentions);
    }

    @Test
    void everyChangeIsPublishedAsACloudEventKeyedByArticle() {
        String id = file("Published, revised, withdrawn");
        given().contentType(ContentType.JSON).header("If-Match", "\"r1\"").body(Map.of("title", "Revised", "body", "New body"))
                .when().put("/articles/{id}", id).then().statusCode(200);
        given().when().delete("/articles/{id}", id).then().statusCode(200);

        var records = TestTopics.read(Topics.ARTICLES, record -> id.equals(record.key()), 3, Duration.ofSeconds(20));
        assertThat(records).extracting(record -> TestTopics.header(record, CloudEventHeaders.TYPE))
                .containsExactly("newsgraph.article.published", "newsgraph.article.revised", "newsgraph.article.withdrawn");
        var published = records.get(0);
        assertThat(TestTopics.header(published, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
        assertThat(TestTopics.header(published, CloudEventHeaders.SOURCE)).isEqualTo("/articles-service");
        assertThat(TestTopics.header(published, CloudEventHeaders.DATA_SCHEMA)).isEqualTo("urn:newsgraph:schema:article:1");
        assertThat(records).extracting(record -> TestTopics.header(record, CloudEventHeaders.ID)).doesNotHaveDuplicates();
        assertThat(EventContract.violations(EventType.ARTICLE_PUBLISHED, published.value())).isEmpty();
        ArticleEvent revised = EventContract.read(EventType.ARTICLE_REVISED, records.get(1).value(), ArticleEvent.class);
        assertThat(revised.revision()).isEqualTo(2);
        assertThat(revised.title()).isEqualTo("Revised");
    }

    @Test
    void wireCopyIsReadOnceOnFilingAndItsEventSaysWhereTheStoryLies() {
        String copy = "KYIV, Ukraine (AP) — Power returned to the city on Tuesday.\n\n— Agencies\n";
        String id = given().contentType("text/plain; charset=utf-8").body(copy).when().post("/articles").then().statusCode(201)
                .extract().path("id");

        var records = TestTopics.read(Topics.ARTICLES, record -> id.equals(record.key()), 1, Duration.ofSeconds(20));
        ArticleEvent published = EventContract.read(EventType.ARTICLE_PUBLISHED, records.get(0).value(), ArticleEvent.class);
        assertThat(published.body()).isEqualTo(copy);
        assertThat(published.dateline()).isEqualTo("KYIV, Ukraine");
        assertThat(copy.substring(published.story().start(), published.story().end())).isEqualTo("Power returned to the city on Tuesday.");
    }

    @Test
    void actorTagsSentThroughTheBrokerLandOnTheArticle() {
        String id = file("Tagged");
        UUID trump = UUID.randomUUID();
        publish(EventType.ARTICLE_ACTORS_IDENTIFIED, id, new ArticleActorsIdentified(UUID.fromString(id), 1,
                List.of(actor(trump, "Donald Trump", 5)), List.of()));

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> given().when().get("/articles/{id}", id)
                .then().body("actors.name", equalTo(List.of("Donald Trump"))).body("actorsRevision", equalTo(1)));
        given().queryParam("actor", trump.toString()).when().get("/articles")
                .then().body("items.id", equalTo(List.of(id)));
        given().queryParam("actor", "donald trump").queryParam("source", "AFP").queryParam("facets", "actors").when().get("/articles")
                .then().body("actorFacets.name", org.hamcrest.Matchers.hasItem("Donald Trump"));
    }

    @Test
    void mergedAndRenamedActorsChangeTheTagsOfEveryArticle() {
        String first = file("First with Bibi");
        String second = file("Second with both");
        UUID bibi = UUID.randomUUID();
        UUID netanyahu = UUID.randomUUID();
        publish(EventType.ARTICLE_ACTORS_IDENTIFIED, first, new ArticleActorsIdentified(UUID.fromString(first), 1,
                List.of(actor(bibi, "Bibi", 2)), List.of()));
        publish(EventType.ARTICLE_ACTORS_IDENTIFIED, second, new ArticleActorsIdentified(UUID.fromString(second), 1,
                List.of(actor(bibi, "Bibi", 1), actor(netanyahu, "Benjamin Netanyahu", 3)), List.of()));
        // Tags arrive on several partitions at once: both articles have theirs before the merge.
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            given().when().get("/articles/{id}", first).then().body("actors", hasSize(1));
            given().when().get("/articles/{id}", second).then().body("actors", hasSize(2));
        });

        publish(EventType.ACTOR_MERGED, bibi.toString(), new ActorMerged(bibi, netanyahu));
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            given().when().get("/articles/{id}", first).then()
                    .body("actors.actorId", equalTo(List.of(netanyahu.toString())))
                    .body("actors.name", equalTo(List.of("Benjamin Netanyahu")));
            given().when().get("/articles/{id}", second).then()
                    .body("actors.actorId", equalTo(List.of(netanyahu.toString())))
                    .body("actors[0].mentionCount", equalTo(4));
        });

        publish(EventType.ACTOR_RENAMED, netanyahu.toString(), new ActorRenamed(netanyahu, "Benjamin \"Bibi\" Netanyahu"));
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                given().when().get("/articles/{id}", first).then().body("actors[0].name", equalTo("Benjamin \"Bibi\" Netanyahu")));

        publish(EventType.ACTOR_RETYPED, netanyahu.toString(), new ActorRetyped(netanyahu, "ORGANIZATION"));
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            given().when().get("/articles/{id}", first).then().body("actors[0].type", equalTo("ORGANIZATION"));
            given().when().get("/articles/{id}", second).then().body("actors[0].type", equalTo("ORGANIZATION"));
        });
    }

    @Test
    void anUndoneMergeGivesTheArticlesTheirTagsAsTheRegistryIdentifiesThemAgain() {
        String article = file("Bibi and Netanyahu apart again");
        UUID bibi = UUID.randomUUID();
        UUID netanyahu = UUID.randomUUID();
        ArticleActorsIdentified apart = new ArticleActorsIdentified(UUID.fromString(article), 1,
                List.of(actor(netanyahu, "Benjamin Netanyahu", 3), actor(bibi, "Bibi", 1)), List.of());
        publish(EventType.ARTICLE_ACTORS_IDENTIFIED, article, apart);
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                given().when().get("/articles/{id}", article).then().body("actors", hasSize(2)));
        publish(EventType.ACTOR_MERGED, bibi.toString(), new ActorMerged(bibi, netanyahu));
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                given().when().get("/articles/{id}", article).then().body("actors.actorId", equalTo(List.of(netanyahu.toString()))));
        // The merged actor's id finds its survivor's articles, as its address leads to the survivor.
        given().queryParam("actor", bibi.toString()).when().get("/articles").then().body("items.id", equalTo(List.of(article)));
        UUID likud = UUID.randomUUID();
        publish(EventType.ACTOR_MERGED, netanyahu.toString(), new ActorMerged(netanyahu, likud));
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                given().queryParam("actor", likud.toString()).when().get("/articles").then().body("items.id", equalTo(List.of(article))));
        given().queryParam("actor", bibi.toString()).when().get("/articles").then().body("items.id", equalTo(List.of(article)));
        publish(EventType.ACTOR_UNMERGED, netanyahu.toString(), new ActorUnmerged(netanyahu, likud, List.of(
                new ArticleActorsIdentified(UUID.fromString(article), 1, List.of(actor(netanyahu, "Benjamin Netanyahu", 4)), List.of()))));
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                given().queryParam("actor", likud.toString()).when().get("/articles").then().body("items", hasSize(0)));

        publish(EventType.ACTOR_UNMERGED, bibi.toString(), new ActorUnmerged(bibi, netanyahu, List.of(apart)));
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> given().when().get("/articles/{id}", article).then()
                .body("actors.actorId", equalTo(List.of(netanyahu.toString(), bibi.toString())))
                .body("actors.mentionCount", equalTo(List.of(3, 1))));
        given().queryParam("actor", bibi.toString()).when().get("/articles").then().body("items.id", equalTo(List.of(article)));
        given().queryParam("actor", netanyahu.toString()).when().get("/articles").then().body("items.id", equalTo(List.of(article)));
    }

    @Test
    void aPoisonMessageGoesToTheDeadLetterTopicAndTheServiceStaysReady() {
        String key = "poison-" + UUID.randomUUID();
        TestTopics.publish(Topics.ARTICLE_ACTORS, key, Map.of(CloudEventHeaders.TYPE, EventType.ARTICLE_ACTORS_IDENTIFIED.type()),
                "{\"articleId\": 42, not json at all");
        TestTopics.publish(Topics.ACTORS, key, Map.of(CloudEventHeaders.TYPE, "newsgraph.actor.exploded"), "{}");

        assertThat(TestTopics.read(Topics.deadLetter(Topics.ARTICLE_ACTORS), record -> key.equals(record.key()), 1, Duration.ofSeconds(20)))
                .hasSize(1);
        assertThat(TestTopics.read(Topics.deadLetter(Topics.ACTORS), record -> key.equals(record.key()), 1, Duration.ofSeconds(20)))
                .hasSize(1);
        given().when().get("/q/health/ready").then().statusCode(200);

        // and the consumers go on with the next message
        String id = file("After the poison");
        publish(EventType.ARTICLE_ACTORS_IDENTIFIED, id, new ArticleActorsIdentified(UUID.fromString(id), 1,
                List.of(actor(UUID.randomUUID(), "Marco Rubio", 1)), List.of()));
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                given().when().get("/articles/{id}", id).then().body("actors.name", equalTo(List.of("Marco Rubio"))));
    }

    @Test
    void articlesWrittenWhileTheBrokerIsDownArePublishedOnceItIsBack() {
        var kafka = Devstack.forTests().kafka();
        kafka.stop();
        Set<String> ids;
        try {
            ids = java.util.stream.IntStream.range(0, 20).mapToObj(i -> file("Written during the outage " + i)).collect(Collectors.toSet());
        } finally {
            kafka.start();
        }
        var records = TestTopics.read(Topics.ARTICLES, record -> ids.contains(record.key()), ids.size(), Duration.ofSeconds(60));
        assertThat(records).extracting(record -> record.key()).containsExactlyInAnyOrderElementsOf(ids);
    }
}
