package org.newsgraph.messaging.incoming;

import java.time.temporal.ChronoUnit;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.newsgraph.events.InvalidEventException;

import io.smallrye.faulttolerance.api.ExponentialBackoff;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * How every consumer applies an event: a broken message fails at once, so that the channel's failure strategy
 * sends it to the dead-letter topic; a failing effect (a database restarting) is tried again, patiently, so that
 * a good message is never dead-lettered for a passing fault.
 */
@ApplicationScoped
public class IncomingEvents {

    @Retry(maxRetries = -1, maxDuration = 10, durationUnit = ChronoUnit.MINUTES, delay = 200, abortOn = InvalidEventException.class)
    @ExponentialBackoff(maxDelay = 10, maxDelayUnit = ChronoUnit.SECONDS)
    public void apply(ConsumerRecord<String, String> record, Consumer<IncomingEvent> effect) {
        effect.accept(IncomingEvent.of(record));
    }
}
