package org.newsgraph.articles.events;

import java.time.temporal.ChronoUnit;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.newsgraph.events.ActorMerged;
import org.newsgraph.events.ActorRenamed;
import org.newsgraph.events.EventContract;
import org.newsgraph.events.InvalidEventException;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;

/** Follows curation in the actor registry: merged and renamed actors change the tags of every article. */
@ApplicationScoped
public class ActorChangesConsumer {

    private final ActorTagCuration curation;

    public ActorChangesConsumer(ActorTagCuration curation) {
        this.curation = curation;
    }

    @Incoming("actors")
    @Blocking
    @Retry(maxRetries = -1, maxDuration = 10, durationUnit = ChronoUnit.MINUTES, delay = 200, abortOn = InvalidEventException.class)
    @ExponentialBackoff(maxDelay = 10, maxDelayUnit = ChronoUnit.SECONDS)
    public void consume(ConsumerRecord<String, String> record) {
        IncomingEvent event = IncomingEvent.of(record);
        switch (event.type()) {
            case ACTOR_MERGED -> curation.merge(EventContract.read(event.type(), event.data(), ActorMerged.class));
            case ACTOR_RENAMED -> curation.rename(EventContract.read(event.type(), event.data(), ActorRenamed.class));
            default -> throw new InvalidEventException(event.type().type() + " does not belong on topic " + record.topic());
        }
    }
}
