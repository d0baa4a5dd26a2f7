package org.newsgraph.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * Reads and writes event data, checking it against the JSON Schema of its type, so that a producer cannot send
 * and a consumer does not accept data that breaks the contract. Thread-safe.
 */
public final class EventContract {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final Map<EventType, JsonSchema> SCHEMAS = loadSchemas();

    private EventContract() {
    }

    public static String write(EventType type, Record data) {
        if (!type.dataClass().isInstance(data)) {
            throw new IllegalArgumentException(type.type() + " carries " + type.dataClass().getSimpleName() + ", not " + data.getClass().getSimpleName());
        }
        JsonNode tree = JSON.valueToTree(data);
        requireValid(type, tree);
        return tree.toString();
    }

    /** Parses and checks data; fields the schema does not know are ignored, as the contract promises. */
    public static <T extends Record> T read(EventType type, String json, Class<T> dataClass) {
        if (type.dataClass() != dataClass) {
            throw new IllegalArgumentException(type.type() + " carries " + type.dataClass().getSimpleName());
        }
        try {
            JsonNode tree = JSON.readTree(json);
            requireValid(type, tree);
            return JSON.treeToValue(tree, dataClass);
        } catch (IOException e) {
            throw new InvalidEventException(type.type() + " data is not JSON: " + e.getMessage(), e);
        }
    }

    /** The reasons this JSON breaks the contract of the type, empty when it keeps it. */
    public static List<String> violations(EventType type, String json) {
        try {
            return violations(type, JSON.readTree(json));
        } catch (IOException e) {
            return List.of("not JSON: " + e.getMessage());
        }
    }

    private static List<String> violations(EventType type, JsonNode tree) {
        return SCHEMAS.get(type).validate(tree).stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    private static void requireValid(EventType type, JsonNode tree) {
        List<String> violations = violations(type, tree);
        if (!violations.isEmpty()) {
            throw new InvalidEventException(type.type() + " data breaks its schema: " + String.join("; ", violations));
        }
    }

    private static Map<EventType, JsonSchema> loadSchemas() {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        Map<EventType, JsonSchema> schemas = new EnumMap<>(EventType.class);
        for (EventType type : EventType.values()) {
            try (InputStream in = EventContract.class.getResourceAsStream(type.schemaResource())) {
                if (in == null) {
                    throw new IllegalStateException("no schema " + type.schemaResource());
                }
                schemas.put(type, factory.getSchema(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return schemas;
    }
}
