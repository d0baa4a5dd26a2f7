package org.newsgraph.actors.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.newsgraph.actors.Articles;
import org.newsgraph.devstack.testing.SignedIn;
import org.newsgraph.devstack.testing.TestTokens;
import org.newsgraph.events.ArticleEvent;
import org.newsgraph.events.EventType;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ArticleMentionsTest {

    @Test
    void everyMentionAndQuoteIsTheBodysTextAtItsOffsets() {
        SignedIn.as(TestTokens.user("bob"));
        UUID id = UUID.randomUUID();
        String body = Articles.text("gaza-talks");
        Articles.publish(EventType.ARTICLE_PUBLISHED, Articles.event(id, 1, body));
        Articles.identified(id);

        ActorViews.ArticleMentions mentions = given().get("/articles/{id}/mentions", id).then().statusCode(200)
                .extract().as(ActorViews.ArticleMentions.class);

        assertThat(mentions.revision()).isEqualTo(1);
        assertThat(mentions.actors()).extracting(ActorViews.MentionedActor::name).contains("Benjamin Netanyahu", "Donald Trump");
        assertThat(mentions.actors()).flatExtracting(ActorViews.MentionedActor::mentions)
                .allSatisfy(span -> assertThat(body.substring(span.start(), span.end())).isEqualTo(span.surface()));
        assertThat(mentions.actors()).filteredOn(actor -> actor.name().equals("Benjamin Netanyahu")).singleElement()
                .satisfies(netanyahu -> assertThat(netanyahu.mentions()).extracting(ActorViews.Span::surface).contains("Bibi"));
        assertThat(mentions.quotes()).isNotEmpty().allSatisfy(quote -> assertThat(body.substring(quote.start(), quote.end())).contains(quote.text()));
        assertThat(mentions.quotes()).anySatisfy(quote -> {
            assertThat(quote.speaker()).isEqualTo("Donald Trump");
            assertThat(quote.text()).startsWith("There's a real chance");
        });
    }

    @Test
    void anEmbargoedArticleNamesNobodyToReadersUntilItsTime() {
        UUID id = UUID.randomUUID();
        ArticleEvent now = Articles.event(id, 1, "OSLO — Ingrid Vassbotten-Lunde, the harbour master, spoke on Tuesday.");
        Articles.publish(EventType.ARTICLE_PUBLISHED, new ArticleEvent(id, 1, now.title(), now.body(), now.dateline(), now.source(),
                now.language(), Instant.now().plus(2, ChronoUnit.DAYS), now.story()));
        UUID actor = Articles.identified(id).actors().stream().filter(named -> named.name().equals("Ingrid Vassbotten-Lunde"))
                .findFirst().orElseThrow().actorId();

        SignedIn.as(TestTokens.user("bob"));
        given().get("/articles/{id}/mentions", id).then().statusCode(404).body("type", equalTo("https://newsgraph.org/problems/article-not-found"));
        given().get("/actors/{id}/articles", actor).then().statusCode(200).body("items.articleId", not(hasItem(id.toString())));
        SignedIn.asEditor();
        given().get("/articles/{id}/mentions", id).then().statusCode(200).body("actors.name", hasItem("Ingrid Vassbotten-Lunde"));
    }

    @Test
    void aWithdrawnArticleIsGoneAndAnUnknownOneNotFound() {
        SignedIn.as(TestTokens.user("bob"));
        UUID id = UUID.randomUUID();
        ArticleEvent article = Articles.event(id, 1, Articles.text("gaza-talks"));
        Articles.publish(EventType.ARTICLE_PUBLISHED, article);
        Articles.identified(id);
        Articles.publish(EventType.ARTICLE_WITHDRAWN, Articles.event(id, 2, article.body()));

        await().atMost(Duration.ofSeconds(20))
                .until(() -> given().get("/articles/{id}/mentions", id).statusCode() == 410);
        given().get("/articles/{id}/mentions", UUID.randomUUID()).then().statusCode(404);
    }
}
