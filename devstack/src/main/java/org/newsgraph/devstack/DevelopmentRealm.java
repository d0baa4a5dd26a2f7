package org.newsgraph.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The production realm with the development extras laid over it (demo users, direct access grants,
 * the demo partner), so that the two never drift apart.
 */
public final class DevelopmentRealm {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Array elements with one of these fields are the same thing in both files when the field's values are equal. */
    private static final List<String> IDENTITIES = List.of("clientId", "username", "name");

    private DevelopmentRealm() {
    }

    public static String json() {
        ObjectNode production = (ObjectNode) read("realm/newsgraph-realm.json");
        ObjectNode development = (ObjectNode) read("realm/dev/newsgraph-realm-dev.json");
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(overlay(production, development));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode overlay(JsonNode base, JsonNode extra) {
        if (base instanceof ObjectNode baseObject && extra instanceof ObjectNode) {
            extra.fields().forEachRemaining(field -> baseObject.set(field.getKey(),
                    baseObject.has(field.getKey()) ? overlay(baseObject.get(field.getKey()), field.getValue()) : field.getValue()));
            return baseObject;
        }
        if (base instanceof ArrayNode baseArray && extra instanceof ArrayNode extraArray && extraArray.size() > 0
                && extraArray.get(0).isObject()) {
            for (JsonNode element : extraArray) {
                JsonNode same = find(baseArray, element);
                if (same == null) {
                    baseArray.add(element);
                } else {
                    overlay(same, element);
                }
            }
            return baseArray;
        }
        return extra;
    }

    private static JsonNode find(ArrayNode array, JsonNode element) {
        for (String identity : IDENTITIES) {
            if (element.has(identity)) {
                for (JsonNode candidate : array) {
                    if (element.get(identity).equals(candidate.get(identity))) {
                        return candidate;
                    }
                }
                return null;
            }
        }
        return null;
    }

    private static JsonNode read(String resource) {
        try (InputStream in = DevelopmentRealm.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
