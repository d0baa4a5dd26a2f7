package org.newsgraph.actors.events;

import java.util.function.Supplier;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.newsgraph.actors.annotation.ArticleAnnotator;
import org.newsgraph.actors.registry.RegistryIndex;
import org.newsgraph.events.ArticleEvent;
import org.newsgraph.messaging.incoming.IncomingEvent;
import org.newsgraph.messaging.incoming.IncomingEvents;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Reads every article the articles service publishes for its actors. Each partition of the topic has its own
 * consumer (the channel's {@code concurrency}) and reads its articles in order, a poll at a time and each article in
 * its own transaction, so several articles are read at once; a registry conflict between two new articles is simply
 * tried again, and the articles of the poll already read are then skipped.
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
    public void consume(ConsumerRecords<String, String> records) {
        events.apply(events.decode(records, this::annotation),
                annotations -> annotations.forEach(annotation -> index.update(annotation.get().changed())));
    }

    /** What an article event asks of the annotator, read but not yet done. */
    private Supplier<ArticleAnnotator.Outcome> annotation(IncomingEvent event) {
        return switch (event.type()) {
            case ARTICLE_PUBLISHED, ARTICLE_REVISED -> {
                ArticleEvent article = event.read(ArticleEvent.class);
                yield () -> annotator.annotate(article);
            }
            case ARTICLE_WITHDRAWN -> {
                ArticleEvent article = event.read(ArticleEvent.class);
                yield () -> annotator.withdraw(article);
            }
            default -> throw event.unexpected();
        };
    }
}
