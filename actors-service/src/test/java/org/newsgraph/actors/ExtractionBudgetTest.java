package org.newsgraph.actors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsgraph.devstack.testing.SignedIn;
import org.newsgraph.devstack.testing.TestTopics;
import org.newsgraph.events.ArticleActorsIdentified;
import org.newsgraph.events.EventContract;
import org.newsgraph.events.EventType;
import org.newsgraph.events.Topics;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** A text the engine gives up on, past its extraction budget: refused by /extract, set aside by the consumer. */
@QuarkusTest
@TestProfile(ExtractionBudgetTest.TightBudget.class)
class ExtractionBudgetTest {

    /** No real text can be read so fast, so every long one runs past it. */
    public static class TightBudget implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("actors.extraction-budget", "1ms");
        }
    }

    /** A long article, well within what Kafka carries. */
    private static final String LONG_ARTICLE = Articles.text("gaza-talks").repeat(20);

    @BeforeEach
    void signIn() {
        SignedIn.asEditor();
    }

    @Test
    void extractAnswersAProblemForATextReadPastTheBudget() {
        given().contentType("text/plain; charset=utf-8").body(LONG_ARTICLE)
                .when().post("/extract")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://newsgraph.org/problems/text-too-costly"))
                .body("detail", containsString(LONG_ARTICLE.length() + " characters"))
                .body("detail", containsString("extraction budget of 1 ms"));
    }

    @Test
    void anArticleReadPastTheBudgetGoesToTheDeadLetterTopicAndItsPartitionMovesOn() {
        UUID id = UUID.randomUUID();
        Articles.publish(EventType.ARTICLE_PUBLISHED, Articles.event(id, 1, LONG_ARTICLE));

        List<ConsumerRecord<String, String>> setAside = TestTopics.read(Topics.deadLetter(Topics.ARTICLES),
                record -> id.toString().equals(record.key()), 1, Duration.ofSeconds(30));
        assertThat(setAside).hasSize(1);
        assertThat(TestTopics.header(setAside.get(0), "dead-letter-reason"))
                .contains("given up on", "extraction budget of 1 ms");

        // Same key, same partition, behind it: a withdrawal needs no reading, and is applied.
        Articles.publish(EventType.ARTICLE_WITHDRAWN, Articles.event(id, 1, "Withdrawn."));
        List<ArticleActorsIdentified> announced = TestTopics.read(Topics.ARTICLE_ACTORS,
                record -> id.toString().equals(record.key()), 1, Duration.ofSeconds(30)).stream()
                .map(record -> EventContract.read(EventType.ARTICLE_ACTORS_IDENTIFIED, record.value(),
                        ArticleActorsIdentified.class))
                .toList();
        assertThat(announced).singleElement().satisfies(actors -> {
            assertThat(actors.revision()).isEqualTo(1);
            assertThat(actors.actors()).isEmpty();
        });
    }
}
