package org.newsgraph.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.newsgraph.devstack.testing.SignedIn;
import org.newsgraph.devstack.testing.TestTopics;

/** The platform under faults: each test breaks one thing while it works, and checks nothing was lost or doubled. */
class FaultsTest {

    private static Platform platform;
    private static Newsroom newsroom;

    @BeforeAll
    static void startPlatform() {
        platform = Platform.get();
        newsroom = new Newsroom(platform);
    }

    @BeforeEach
    void signIn() {
        SignedIn.asEditor();
    }

    @Test
    @Timeout(300)
    void actorsServiceKilledDuringIngestAnnotatesEveryArticleExactlyOnce() throws Exception {
        List<Newsroom.Filed> filed = newsroom.file(1000, () -> {
            try {
                platform.actors.kill();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        platform.actors.start();
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).until(() -> newsroom.tagged(filed) == filed.size());

        try (Connection actors = newsroom.database("actors")) {
            var duplicates = actors.createStatement().executeQuery(
                    "select count(*) from (select 1 from mention group by article_id, start_at, end_at having count(*) > 1) d");
            duplicates.next();
            assertThat(duplicates.getLong(1)).as("mentions stored twice").isZero();

            var counts = actors.prepareStatement("select article_id, count(*) from mention where article_id = any (?) group by article_id");
            counts.setArray(1, actors.createArrayOf("uuid", filed.stream().map(Newsroom.Filed::id).toArray()));
            var rows = counts.executeQuery();
            Map<UUID, Long> mentions = new HashMap<>();
            while (rows.next()) {
                mentions.put((UUID) rows.getObject(1), rows.getLong(2));
            }
            Map<Integer, Set<Long>> countsPerStory = filed.stream().collect(Collectors.groupingBy(Newsroom.Filed::story,
                    Collectors.mapping(article -> mentions.getOrDefault(article.id(), 0L), Collectors.toSet())));
            countsPerStory.forEach((story, seen) ->
                    assertThat(seen).as("mention counts of story %d", story).hasSize(1).doesNotContain(0L));
        }
    }

    @Test
    @Timeout(300)
    void kafkaRestartedDuringIngestLosesNothing() throws Exception {
        var kafka = platform.stack.kafka();
        List<Newsroom.Filed> filed = newsroom.file(300, kafka::stop);
        kafka.start();
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).until(() -> newsroom.tagged(filed) == filed.size());
    }

    @Test
    @Timeout(300)
    void servicesAreNotReadyWhileTheDatabaseIsDownAndRecoverWithoutARestart() throws Exception {
        var postgres = platform.stack.postgres();
        postgres.stop();
        try {
            await().atMost(Duration.ofSeconds(60)).until(() -> !platform.articles.isReady() && !platform.actors.isReady());
        } finally {
            postgres.start();
        }
        await().atMost(Duration.ofSeconds(90)).until(() -> platform.articles.isReady() && platform.actors.isReady());
        List<Newsroom.Filed> filed = newsroom.file(20, () -> { });
        await().atMost(Duration.ofSeconds(60)).until(() -> newsroom.tagged(filed) == filed.size());
    }

    @Test
    @Timeout(120)
    void aPoisonArticleGoesToTheDeadLetterTopicAndTheRestFlows() throws Exception {
        String key = UUID.randomUUID().toString();
        TestTopics.publish("articles", key, Map.of("ce_type", "newsgraph.article.published"), "{\"articleId\": \"" + key + "\"}");
        assertThat(TestTopics.read("articles.dead-letter", record -> key.equals(record.key()), 1, Duration.ofSeconds(30))).hasSize(1);
        assertThat(platform.actors.isReady()).isTrue();
        List<Newsroom.Filed> filed = newsroom.file(10, () -> { });
        await().atMost(Duration.ofSeconds(60)).until(() -> newsroom.tagged(filed) == filed.size());
        given().baseUri(platform.actors.baseUrl()).when().get("/q/health/ready").then().statusCode(200);
    }
}
