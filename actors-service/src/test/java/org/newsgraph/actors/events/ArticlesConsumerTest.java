package org.newsgraph.actors.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsgraph.actors.Articles;
import org.newsgraph.devstack.testing.SignedIn;
import org.newsgraph.devstack.testing.TestTopics;
import org.newsgraph.events.ArticleActorsIdentified;
import org.newsgraph.events.ArticleEvent;
import org.newsgraph.events.CloudEventHeaders;
import org.newsgraph.events.EventContract;
import org.newsgraph.events.EventType;
import org.newsgraph.events.Topics;
import org.newsgraph.wire.Story;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.persistence.EntityManager;
import jakarta.inject.Inject;

@QuarkusTest
class ArticlesConsumerTest {

    @BeforeEach
    void signIn() {
        SignedIn.asEditor();
    }

    @Inject
    EntityManager entityManager;

    private long count(String table, UUID articleId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from " + table + " where article_id = :id").setParameter("id", articleId)
                .getSingleResult()).longValue());
    }

    private static List<ArticleActorsIdentified> identified(UUID articleId, int expected) {
        return TestTopics.read(Topics.ARTICLE_ACTORS, record -> articleId.toString().equals(record.key()), expected, Duration.ofSeconds(20))
                .stream().map(record -> EventContract.read(EventType.ARTICLE_ACTORS_IDENTIFIED, record.value(), ArticleActorsIdentified.class))
                .toList();
    }

    @Test
    void theStoryIsReadWhereTheArticlesEventSaysItLies() {
        UUID id = UUID.randomUUID();
        String body = "Filed by Wendeline Okonkwo-Baird.\nThe Harrowgate Trust met mediators in Reykjavik.";
        var article = Articles.event(id, 1, body);
        Articles.publish(EventType.ARTICLE_PUBLISHED, new ArticleEvent(id, 1, article.title(), body, null, null, "en",
                article.publishedAt(), new Story(body.indexOf("The Harrowgate"), body.length())));

        assertThat(identified(id, 1).get(0).actors()).extracting(ArticleActorsIdentified.Actor::name)
                .contains("Harrowgate Trust", "Reykjavik").doesNotContain("Wendeline Okonkwo-Baird");
    }

    @Test
    void aPublishedArticleIsAnnotatedOnceAndItsActorsAnnounced() {
        UUID id = UUID.randomUUID();
        var article = Articles.event(id, 1, Articles.text("gaza-talks"));
        Articles.publish(EventType.ARTICLE_PUBLISHED, article);
        Articles.publish(EventType.ARTICLE_PUBLISHED, article);

        List<ArticleActorsIdentified> announced = identified(id, 1);
        assertThat(announced).hasSize(1);
        ArticleActorsIdentified actors = announced.get(0);
        assertThat(actors.revision()).isEqualTo(1);
        assertThat(actors.actors()).extracting(ArticleActorsIdentified.Actor::name)
                .contains("Donald Trump", "Benjamin Netanyahu", "Marco Rubio", "Hamas", "Sharm el-Sheikh");
        assertThat(actors.actors()).filteredOn(actor -> actor.name().equals("Benjamin Netanyahu"))
                .singleElement().satisfies(netanyahu -> assertThat(netanyahu.aliases()).contains("Bibi"));
        UUID trump = actors.actors().stream().filter(actor -> actor.name().equals("Donald Trump")).findFirst().orElseThrow().actorId();
        assertThat(actors.quotes()).anySatisfy(quote -> {
            assertThat(quote.actorId()).isEqualTo(trump);
            assertThat(quote.text()).startsWith("There's a real chance");
        });
        assertThat(actors.quotes()).anySatisfy(quote -> assertThat(quote.actorId()).isNull());

        long mentions = count("mention", id);
        assertThat(mentions).isEqualTo(actors.actors().stream().mapToLong(ArticleActorsIdentified.Actor::mentionCount).sum());
        given().when().get("/actors/{id}", trump).then().statusCode(200)
                .body("name", equalTo("Donald Trump"))
                .body("roles.role", hasItem("US President"))
                .body("quoteCount", org.hamcrest.Matchers.greaterThanOrEqualTo(4));
    }

    @Test
    void theSameActorIsResolvedInTheNextArticle() {
        UUID first = UUID.randomUUID();
        Articles.publish(EventType.ARTICLE_PUBLISHED, Articles.event(first, 1, Articles.text("gaza-talks")));
        UUID netanyahu = identified(first, 1).get(0).actors().stream().filter(actor -> actor.name().equals("Benjamin Netanyahu"))
                .findFirst().orElseThrow().actorId();

        UUID second = UUID.randomUUID();
        Articles.publish(EventType.ARTICLE_PUBLISHED, Articles.event(second, 1,
                "JERUSALEM — Netanyahu told ministers on Sunday that the talks would continue. \"We will not stop these talks now,\" he said."));
        ArticleActorsIdentified next = identified(second, 1).get(0);
        assertThat(next.actors()).anySatisfy(actor -> assertThat(actor.actorId()).isEqualTo(netanyahu));
        assertThat(next.quotes()).anySatisfy(quote -> assertThat(quote.actorId()).isEqualTo(netanyahu));
    }

    @Test
    void aRevisionReplacesWhatTheArticleSaidAndAWithdrawalRemovesIt() {
        UUID id = UUID.randomUUID();
        Articles.publish(EventType.ARTICLE_PUBLISHED, Articles.event(id, 1, Articles.text("gaza-talks")));
        identified(id, 1);
        Articles.publish(EventType.ARTICLE_REVISED, Articles.event(id, 2,
                "LONDON — Prime Minister Keir Starmer met Emmanuel Macron in Paris on Monday."));
        await().atMost(Duration.ofSeconds(20)).until(() -> identified(id, 2).size() == 2);
        ArticleActorsIdentified revised = identified(id, 2).get(1);
        assertThat(revised.revision()).isEqualTo(2);
        assertThat(revised.actors()).extracting(ArticleActorsIdentified.Actor::name).contains("Keir Starmer").doesNotContain("Donald Trump");
        assertThat(count("mention", id)).isEqualTo(revised.actors().stream().mapToLong(ArticleActorsIdentified.Actor::mentionCount).sum());
        assertThat(count("quote", id)).isZero();

        Articles.publish(EventType.ARTICLE_WITHDRAWN, Articles.event(id, 2, "LONDON — Prime Minister Keir Starmer met Emmanuel Macron."));
        await().atMost(Duration.ofSeconds(20)).until(() -> count("mention", id) == 0 && count("relation", id) == 0);
    }

    @Test
    void anOlderRevisionArrivingLateChangesNothing() {
        UUID id = UUID.randomUUID();
        Articles.publish(EventType.ARTICLE_REVISED, Articles.event(id, 2, "PARIS — Emmanuel Macron spoke on Monday."));
        identified(id, 1);
        Articles.publish(EventType.ARTICLE_PUBLISHED, Articles.event(id, 1, Articles.text("gaza-talks")));
        Articles.publish(EventType.ARTICLE_REVISED, Articles.event(id, 3, "PARIS — Emmanuel Macron spoke again on Tuesday."));
        List<ArticleActorsIdentified> announced = identified(id, 2);
        assertThat(announced).extracting(ArticleActorsIdentified::revision).containsExactly(2, 3);
    }

    @Test
    void aPoisonMessageGoesToTheDeadLetterTopicAndTheServiceStaysReady() {
        String key = "poison-" + UUID.randomUUID();
        TestTopics.publish(Topics.ARTICLES, key, Map.of(CloudEventHeaders.TYPE, EventType.ARTICLE_PUBLISHED.type()), "{\"articleId\":");
        assertThat(TestTopics.read(Topics.deadLetter(Topics.ARTICLES), record -> key.equals(record.key()), 1, Duration.ofSeconds(20)))
                .hasSize(1);
        given().when().get("/q/health/ready").then().statusCode(200);

        UUID id = UUID.randomUUID();
        Articles.publish(EventType.ARTICLE_PUBLISHED, Articles.event(id, 1, "PARIS — Emmanuel Macron spoke on Monday."));
        assertThat(identified(id, 1)).hasSize(1);
    }
}
