package org.newsgraph.articles.events;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.newsgraph.articles.ActorTag;
import org.newsgraph.articles.ArticleDesk;
import org.newsgraph.events.ArticleActorsIdentified;
import org.newsgraph.events.EventType;
import org.newsgraph.messaging.incoming.IncomingEvents;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Keeps each article's actor tags, a local copy of what the actors service identified. Each partition of the topic
 * has its own consumer (the channel's {@code concurrency}), and reads its articles in order; an older revision never
 * replaces a newer.
 */
@ApplicationScoped
public class ActorTagsConsumer {

    private final IncomingEvents events;
    private final ArticleDesk desk;

    public ActorTagsConsumer(IncomingEvents events, ArticleDesk desk) {
        this.events = events;
        this.desk = desk;
    }

    @Incoming("article-actors")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        events.apply(record, event -> {
            if (event.type() != EventType.ARTICLE_ACTORS_IDENTIFIED) {
                throw event.unexpected();
            }
            ArticleActorsIdentified identified = event.read(ArticleActorsIdentified.class);
            desk.tagActors(identified.articleId(), identified.revision(), identified.actors().stream()
                    .map(actor -> new ActorTag(actor.actorId(), actor.name(), actor.type(), actor.roles(), actor.mentionCount()))
                    .toList());
        });
    }
}
