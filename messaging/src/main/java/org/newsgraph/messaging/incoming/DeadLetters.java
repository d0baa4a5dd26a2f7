package org.newsgraph.messaging.incoming;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

import org.newsgraph.events.Topics;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Sets a broken message aside on its topic's dead-letter topic ({@link Topics#deadLetter}), with its key, its
 * headers and why it was refused, and waits until Kafka has it. Only messages that can never be applied go there:
 * a message whose effect fails, as when the service stops, is left to Kafka to deliver again.
 */
@ApplicationScoped
public class DeadLetters {

    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);

    private final MutinyEmitter<String> emitter;
    private final MeterRegistry meters;

    public DeadLetters(@Channel("dead-letters") MutinyEmitter<String> emitter, MeterRegistry meters) {
        this.emitter = emitter;
        this.meters = meters;
    }

    void send(ConsumerRecord<String, String> record, Exception reason) {
        RecordHeaders headers = new RecordHeaders();
        for (Header header : record.headers()) {
            headers.add(header);
        }
        headers.add("dead-letter-reason", text(String.valueOf(reason.getMessage())));
        headers.add("dead-letter-exception-class-name", text(reason.getClass().getName()));
        headers.add("dead-letter-topic", text(record.topic()));
        headers.add("dead-letter-partition", text(Integer.toString(record.partition())));
        headers.add("dead-letter-offset", text(Long.toString(record.offset())));
        OutgoingKafkaRecordMetadata<String> destination = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(Topics.deadLetter(record.topic())).withKey(record.key()).withHeaders(headers).build();
        emitter.sendMessage(Message.of(record.value() == null ? "" : record.value()).addMetadata(destination))
                .await().atMost(SEND_TIMEOUT);
        meters.counter("newsgraph.dead.letters", "topic", record.topic()).increment();
    }

    private static byte[] text(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
