package org.newsgraph.messaging.incoming;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.newsgraph.events.CloudEventHeaders;
import org.newsgraph.events.EventContract;
import org.newsgraph.events.EventType;
import org.newsgraph.events.InvalidEventException;

/** A CloudEvent as it arrives: its type from the {@code ce_type} header, its data still as JSON. */
public record IncomingEvent(EventType type, String data, String topic) {

    /** Reads the data as the record its type carries, checked against the contract. */
    public <T extends Record> T read(Class<T> dataClass) {
        return EventContract.read(type, data, dataClass);
    }

    /** A type this consumer does not handle on this topic is a broken message, not one to wait for. */
    public InvalidEventException unexpected() {
        return new InvalidEventException(type.type() + " does not belong on topic " + topic);
    }

    static IncomingEvent of(ConsumerRecord<String, String> record) {
        Header typeHeader = record.headers().lastHeader(CloudEventHeaders.TYPE);
        if (typeHeader == null) {
            throw new InvalidEventException("no ce_type header");
        }
        String type = new String(typeHeader.value(), StandardCharsets.UTF_8);
        EventType eventType = EventType.of(type).orElseThrow(() -> new InvalidEventException("unknown event type " + type));
        if (record.value() == null) {
            throw new InvalidEventException(type + " without data");
        }
        return new IncomingEvent(eventType, record.value(), record.topic());
    }
}
