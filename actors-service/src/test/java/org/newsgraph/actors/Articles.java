package org.newsgraph.actors;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.newsgraph.devstack.testing.TestTopics;
import org.newsgraph.events.ArticleActorsIdentified;
import org.newsgraph.events.ArticleEvent;
import org.newsgraph.events.CloudEventHeaders;
import org.newsgraph.events.EventContract;
import org.newsgraph.events.EventType;
import org.newsgraph.events.Topics;
import org.newsgraph.wire.WireCopyParser;

/** Articles as the articles service publishes them, for the tests. */
public final class Articles {

    private Articles() {
    }

    public static String text(String name) {
        try (InputStream in = Articles.class.getResourceAsStream("/articles/" + name + ".txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ArticleEvent event(UUID id, int revision, String body) {
        return new ArticleEvent(id, revision, "Title of " + id, body, null, "Agencies", "en", Instant.parse("2026-10-07T12:00:00Z"),
                new WireCopyParser().story(body));
    }

    public static void publish(EventType type, ArticleEvent article) {
        TestTopics.publish(type.topic(), article.articleId().toString(), Map.of(CloudEventHeaders.TYPE, type.type()),
                EventContract.write(type, article));
    }

    /** Publishes an article and returns the ids of the actors it was found to name, by name. */
    public static Map<String, UUID> annotate(String text) {
        UUID article = UUID.randomUUID();
        publish(EventType.ARTICLE_PUBLISHED, event(article, 1, text));
        return identified(article).actors().stream()
                .collect(Collectors.toMap(ArticleActorsIdentified.Actor::name, ArticleActorsIdentified.Actor::actorId));
    }

    /** Waits for the first announcement of the actors an article names. */
    public static ArticleActorsIdentified identified(UUID article) {
        var record = TestTopics.read(Topics.ARTICLE_ACTORS, r -> article.toString().equals(r.key()), 1, Duration.ofSeconds(20)).get(0);
        return EventContract.read(EventType.ARTICLE_ACTORS_IDENTIFIED, record.value(), ArticleActorsIdentified.class);
    }
}
