package org.newsgraph.actors.events;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.newsgraph.actors.annotation.ArticleAnnotator;
import org.newsgraph.actors.registry.RegistryIndex;
import org.newsgraph.events.ArticleEvent;
import org.newsgraph.messaging.incoming.IncomingEvents;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Reads every article the articles service publishes for its actors. Each partition of the topic has its own
 * consumer (the channel's {@code concurrency}) and reads its articles in order, so several articles are read at once;
 * a registry conflict between two new articles is simply tried again.
 */
@ApplicationScoped
public class ArticlesConsumer {

    private final IncomingEvents events;
    private final ArticleAnnotator annotator;
    private final RegistryIndex index;

    public ArticlesConsumer(IncomingEvents events, ArticleAnnotator annotator, RegistryIndex index) {
        this.events = events;
        this.annotator = annotator;
        this.index = index;
    }

    @Incoming("articles")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        events.apply(record, event -> {
            ArticleAnnotator.Outcome outcome = switch (event.type()) {
                case ARTICLE_PUBLISHED, ARTICLE_REVISED -> annotator.annotate(event.read(ArticleEvent.class));
                case ARTICLE_WITHDRAWN -> annotator.withdraw(event.read(ArticleEvent.class));
                default -> throw event.unexpected();
            };
            index.update(outcome.changed());
        });
    }
}
