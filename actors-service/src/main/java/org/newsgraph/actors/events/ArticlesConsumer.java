package org.newsgraph.actors.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.newsgraph.actors.annotation.ArticleAnnotator;
import org.newsgraph.actors.extraction.ExtractionBudgetExceeded;
import org.newsgraph.actors.registry.RegistryIndex;
import org.newsgraph.events.ArticleEvent;
import org.newsgraph.events.InvalidEventException;
import org.newsgraph.messaging.incoming.IncomingEvent;
import org.newsgraph.messaging.incoming.IncomingEvents;
import org.newsgraph.messaging.tracing.EventTracing;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Reads every article the articles service publishes for its actors. Each partition of the topic has its own
 * consumer (the channel's {@code concurrency}) and reads its articles in order, a poll at a time and each article in
 * its own transaction, so several articles are read at once; a registry conflict between two new articles is simply
 * tried again, and the articles of the poll already read are then skipped. An article whose text the engine gives up
 * on, past its extraction budget, is set aside on the dead-letter topic with the reason, once the rest of its poll is
 * read, so that its partition moves on.
 */
@ApplicationScoped
public class ArticlesConsumer {

    private final IncomingEvents events;
    private final EventTracing tracing;
    private final ArticleAnnotator annotator;
    private final RegistryIndex index;

    public ArticlesConsumer(IncomingEvents events, EventTracing tracing, ArticleAnnotator annotator, RegistryIndex index) {
        this.events = events;
        this.tracing = tracing;
        this.annotator = annotator;
        this.index = index;
    }

    /** An event of the poll with its record, which goes to the dead-letter topic if the article cannot be read. */
    private static final class Annotation {

        final ConsumerRecord<String, String> record;
        final Supplier<ArticleAnnotator.Outcome> work;
        /** Kept when the poll is tried again, so that a text given up on is not read twice. */
        InvalidEventException unreadable;

        Annotation(ConsumerRecord<String, String> record, Supplier<ArticleAnnotator.Outcome> work) {
            this.record = record;
            this.work = work;
        }
    }

    @Incoming("articles")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        List<Annotation> annotations = new ArrayList<>(records.count());
        for (ConsumerRecord<String, String> record : records) {
            annotations.addAll(events.decode(alone(record), event -> new Annotation(record, annotation(event))));
        }
        events.apply(annotations, all -> all.forEach(this::annotate));
        for (Annotation annotation : annotations) {
            if (annotation.unreadable != null) {
                events.decode(alone(annotation.record), event -> {
                    throw annotation.unreadable;
                });
            }
        }
    }

    private void annotate(Annotation annotation) {
        if (annotation.unreadable != null) {
            return;
        }
        try {
            index.update(tracing.processing(annotation.record, annotation.work).changed());
        } catch (ExtractionBudgetExceeded tooCostly) {
            annotation.unreadable = new InvalidEventException("The article's text was given up on: "
                    + tooCostly.getMessage(), tooCostly);
        }
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

    /** One record as a poll of its own, so that the shared decoding can set it aside by itself. */
    private static ConsumerRecords<String, String> alone(ConsumerRecord<String, String> record) {
        return new ConsumerRecords<>(Map.of(new TopicPartition(record.topic(), record.partition()), List.of(record)),
                Map.of());
    }
}
