package org.newsgraph.events;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** The CloudEvents 1.0 Kafka binding in binary mode: attributes travel as {@code ce_*} headers, the data as the value. */
public final class CloudEventHeaders {

    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String SOURCE = "ce_source";
    public static final String TYPE = "ce_type";
    public static final String SUBJECT = "ce_subject";
    public static final String TIME = "ce_time";
    public static final String DATA_SCHEMA = "ce_dataschema";
    public static final String CONTENT_TYPE = "content-type";

    private CloudEventHeaders() {
    }

    /**
     * @param id unique per event and stable across redeliveries, so that consumers can recognise duplicates
     * @param source the publishing service, as a URI reference such as {@code /articles-service}
     * @param subject the aggregate id, which is also the record key
     */
    public static Map<String, String> of(EventType type, UUID id, String source, String subject, Instant time) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(SPEC_VERSION, "1.0");
        headers.put(ID, id.toString());
        headers.put(SOURCE, source);
        headers.put(TYPE, type.type());
        headers.put(SUBJECT, subject);
        headers.put(TIME, time.toString());
        headers.put(DATA_SCHEMA, type.dataSchema().toString());
        headers.put(CONTENT_TYPE, "application/json");
        return headers;
    }
}
