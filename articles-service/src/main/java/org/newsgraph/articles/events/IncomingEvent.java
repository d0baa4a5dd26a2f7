package org.newsgraph.articles.events;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.newsgraph.events.CloudEventHeaders;
import org.newsgraph.events.EventType;
import org.newsgraph.events.InvalidEventException;

/** A CloudEvent as it arrives: its type from the {@code ce_type} header, its data checked against the contract. */
record IncomingEvent(EventType type, String data) {

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
        return new IncomingEvent(eventType, record.value());
    }
}
