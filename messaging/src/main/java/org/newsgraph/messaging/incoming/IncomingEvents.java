package org.newsgraph.messaging.incoming;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.jboss.logging.Logger;
import org.newsgraph.events.InvalidEventException;

import io.smallrye.faulttolerance.api.ExponentialBackoff;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * How every consumer applies the events of a poll. A broken message is set aside at once on the dead-letter topic,
 * and the consumer goes on. A failing effect (a database restarting) is tried again, patiently. An effect that still
 * fails, or that a stopping service cuts off, fails the channel (its failure strategy is {@code fail}): the poll is
 * never acknowledged, and Kafka delivers it again once the service is back. So a good message is never set aside, and
 * effects must bear being applied twice.
 */
@ApplicationScoped
public class IncomingEvents {

    private static final Logger LOG = Logger.getLogger(IncomingEvents.class);

    private final DeadLetters deadLetters;

    public IncomingEvents(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    /** Reads each message with the consumer's decoder; a message it cannot read goes to the dead-letter topic, once. */
    public <T> List<T> decode(ConsumerRecords<String, String> records, Function<IncomingEvent, T> decoder) {
        List<T> decoded = new ArrayList<>(records.count());
        for (ConsumerRecord<String, String> record : records) {
            try {
                decoded.add(decoder.apply(IncomingEvent.of(record)));
            } catch (InvalidEventException broken) {
                deadLetters.send(record, broken);
            }
        }
        return decoded;
    }

    /** Applies decoded events in the order they came, all of them again after a failure. */
    @Retry(maxRetries = -1, maxDuration = 10, durationUnit = ChronoUnit.MINUTES, delay = 200)
    @ExponentialBackoff(maxDelay = 10, maxDelayUnit = ChronoUnit.SECONDS)
    public <T> void apply(List<T> events, Consumer<List<T>> effect) {
        if (events.isEmpty()) {
            return;
        }
        try {
            effect.accept(events);
        } catch (RuntimeException failure) {
            // Said every time: a poll tried again for minutes would otherwise stall its partition in silence.
            LOG.warnf(failure, "Applying a poll of %d events failed; it is tried again", events.size());
            throw failure;
        }
    }
}
