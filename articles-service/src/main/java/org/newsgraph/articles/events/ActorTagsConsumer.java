package org.newsgraph.articles.events;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.newsgraph.events.ArticleActorsIdentified;
import org.newsgraph.events.EventType;
import org.newsgraph.messaging.incoming.IncomingEvent;
import org.newsgraph.messaging.incoming.IncomingEvents;
import org.newsgraph.messaging.tracing.EventTracing;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Takes the actors the actors service identified in each article. Each partition of the topic has its own consumer
 * (the channel's {@code concurrency}), which reads its articles in order and takes a poll's tags in one transaction.
 */
@ApplicationScoped
public class ActorTagsConsumer {

    private final IncomingEvents events;
    private final EventTracing tracing;
    private final ActorTagging tagging;

    public ActorTagsConsumer(IncomingEvents events, EventTracing tracing, ActorTagging tagging) {
        this.events = events;
        this.tracing = tracing;
        this.tagging = tagging;
    }

    @Incoming("article-actors")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        tracing.processing(records, () -> events.apply(events.decode(records, ActorTagsConsumer::identified), tagging::take));
    }

    private static ArticleActorsIdentified identified(IncomingEvent event) {
        if (event.type() != EventType.ARTICLE_ACTORS_IDENTIFIED) {
            throw event.unexpected();
        }
        return event.read(ArticleActorsIdentified.class);
    }
}
