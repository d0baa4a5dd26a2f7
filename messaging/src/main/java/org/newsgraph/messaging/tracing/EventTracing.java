package org.newsgraph.messaging.tracing;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.StreamSupport;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Carries a trace across Kafka in the W3C {@code traceparent} header: the outbox keeps the trace context of the change
 * that wrote an event, the relay sends it with the event, and a consumer processes each message in a span of that
 * trace. Done here rather than by the Kafka connector's own tracing, because the relay sends an event after, and on
 * another thread than, the request that wrote it.
 */
@ApplicationScoped
public class EventTracing {

    public static final String TRACEPARENT = "traceparent";

    private static final TextMapGetter<Headers> KAFKA_HEADERS = new TextMapGetter<>() {

        @Override
        public Iterable<String> keys(Headers headers) {
            return StreamSupport.stream(headers.spliterator(), false).map(Header::key).toList();
        }

        @Override
        public String get(Headers headers, String key) {
            Header header = headers == null ? null : headers.lastHeader(key);
            return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
        }
    };

    private final TextMapPropagator propagator;
    private final Tracer tracer;

    public EventTracing(OpenTelemetry openTelemetry) {
        this.propagator = openTelemetry.getPropagators().getTextMapPropagator();
        this.tracer = openTelemetry.getTracer("org.newsgraph.messaging");
    }

    /** The current span's trace context as a {@code traceparent} value; null outside a trace. */
    public String currentTraceparent() {
        Map<String, String> carrier = new HashMap<>();
        propagator.inject(Context.current(), carrier, Map::put);
        return carrier.get(TRACEPARENT);
    }

    /** Processes one message in a span of the trace it came with, current while the work runs. */
    public <T> T processing(ConsumerRecord<String, String> record, Supplier<T> work) {
        Span span = processingSpan(record);
        try (Scope scope = span.makeCurrent()) {
            return work.get();
        } catch (RuntimeException e) {
            failed(List.of(span), e);
            throw e;
        } finally {
            span.end();
        }
    }

    /**
     * Processes a poll of messages applied together: each message's trace gets a span of the whole work, so that each
     * shows where its effect was made; none is current, since the work is no single trace's.
     */
    public void processing(ConsumerRecords<String, String> records, Runnable work) {
        List<Span> spans = StreamSupport.stream(records.spliterator(), false).map(this::processingSpan).toList();
        try {
            work.run();
        } catch (RuntimeException e) {
            failed(spans, e);
            throw e;
        } finally {
            spans.forEach(Span::end);
        }
    }

    private Span processingSpan(ConsumerRecord<String, String> record) {
        return tracer.spanBuilder(record.topic() + " process")
                .setParent(propagator.extract(Context.root(), record.headers(), KAFKA_HEADERS))
                .setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation.type", "process")
                .setAttribute("messaging.destination.name", record.topic())
                .setAttribute("messaging.destination.partition.id", Integer.toString(record.partition()))
                .setAttribute("messaging.kafka.offset", record.offset())
                .startSpan();
    }

    private static void failed(List<Span> spans, RuntimeException e) {
        spans.forEach(span -> span.recordException(e).setStatus(StatusCode.ERROR));
    }
}
