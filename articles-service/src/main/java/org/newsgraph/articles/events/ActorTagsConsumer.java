package org.newsgraph.articles.events;

import java.time.temporal.ChronoUnit;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.newsgraph.articles.ActorTag;
import org.newsgraph.articles.ArticleDesk;
import org.newsgraph.events.ArticleActorsIdentified;
import org.newsgraph.events.EventContract;
import org.newsgraph.events.EventType;
import org.newsgraph.events.InvalidEventException;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;

/** Keeps each article's actor tags, a local copy of what the actors service identified. */
@ApplicationScoped
public class ActorTagsConsumer {

    private static final Logger LOG = Logger.getLogger(ActorTagsConsumer.class);

    private final ArticleDesk desk;

    public ActorTagsConsumer(ArticleDesk desk) {
        this.desk = desk;
    }

    /** A broken message goes to the dead-letter topic at once; a failing database is waited for. */
    @Incoming("article-actors")
    @Blocking
    @Retry(maxRetries = -1, maxDuration = 10, durationUnit = ChronoUnit.MINUTES, delay = 200, abortOn = InvalidEventException.class)
    @ExponentialBackoff(maxDelay = 10, maxDelayUnit = ChronoUnit.SECONDS)
    public void consume(ConsumerRecord<String, String> record) {
        IncomingEvent event = IncomingEvent.of(record);
        if (event.type() != EventType.ARTICLE_ACTORS_IDENTIFIED) {
            throw new InvalidEventException(event.type().type() + " does not belong on topic " + record.topic());
        }
        ArticleActorsIdentified identified = EventContract.read(event.type(), event.data(), ArticleActorsIdentified.class);
        boolean taken = desk.tagActors(identified.articleId(), identified.revision(), identified.actors().stream()
                .map(actor -> new ActorTag(actor.actorId(), actor.name(), actor.type(), actor.roles(), actor.mentionCount()))
                .toList());
        if (!taken) {
            LOG.debugf("Skipped actors of article %s revision %d: unknown article or newer tags", identified.articleId(), identified.revision());
        }
    }
}
