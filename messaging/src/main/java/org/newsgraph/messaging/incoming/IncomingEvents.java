package org.newsgraph.messaging.incoming;

import java.time.temporal.ChronoUnit;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.newsgraph.events.InvalidEventException;

import io.smallrye.faulttolerance.api.ExponentialBackoff;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * How every consumer applies an event. A broken message is set aside at once on the dead-letter topic, and the
 * consumer goes on. A failing effect (a database restarting) is tried again, patiently. An effect that still fails,
 * or that a stopping service cuts off, fails the channel (its failure strategy is {@code fail}): the message is never
 * acknowledged, and Kafka delivers it again once the service is back. So a good message is never set aside.
 */
@ApplicationScoped
public class IncomingEvents {

    private final DeadLetters deadLetters;

    public IncomingEvents(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @Retry(maxRetries = -1, maxDuration = 10, durationUnit = ChronoUnit.MINUTES, delay = 200)
    @ExponentialBackoff(maxDelay = 10, maxDelayUnit = ChronoUnit.SECONDS)
    public void apply(ConsumerRecord<String, String> record, Consumer<IncomingEvent> effect) {
        try {
            effect.accept(IncomingEvent.of(record));
        } catch (InvalidEventException broken) {
            deadLetters.send(record, broken);
        }
    }
}
