package org.newsgraph.actors.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.newsgraph.actors.Articles;
import org.newsgraph.devstack.testing.SignedIn;
import org.newsgraph.events.ArticleEvent;
import org.newsgraph.events.EventType;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class TrendingTest {

    /** Each actor is named twice, so that neither is provisional: provisional actors never trend. */
    @Test
    void whoIsInTheNewsNowCountsTheLastWeekUnlessAskedForAnotherWindow() {
        SignedIn.asEditor();
        ArticleEvent old = Articles.event(UUID.randomUUID(), 1, "TALLINN — Minister Kristjan Ojasalu-Veerma opened the bridge on Friday. Ojasalu-Veerma thanked the builders.");
        Articles.publish(EventType.ARTICLE_PUBLISHED, old);
        Articles.identified(old.articleId());
        ArticleEvent today = Articles.event(UUID.randomUUID(), 1, "RIGA — Minister Laimdota Kalnbērziņa-Ozola closed the port on Friday. Kalnbērziņa-Ozola blamed the storm.");
        Articles.publish(EventType.ARTICLE_PUBLISHED, new ArticleEvent(today.articleId(), 1, today.title(), today.body(), today.dateline(),
                today.source(), today.language(), Instant.now(), today.story()));
        Articles.identified(today.articleId());

        given().queryParam("limit", 100).get("/actors/trending").then().statusCode(200)
                .body("name", hasItem("Laimdota Kalnbērziņa-Ozola")).body("name", not(hasItem("Kristjan Ojasalu-Veerma")));
        given().queryParam("limit", 100).queryParam("from", old.publishedAt().minusSeconds(60).toString())
                .queryParam("to", old.publishedAt().plusSeconds(60).toString()).get("/actors/trending").then().statusCode(200)
                .body("name", hasItem("Kristjan Ojasalu-Veerma")).body("name", not(hasItem("Laimdota Kalnbērziņa-Ozola")));
    }
}
