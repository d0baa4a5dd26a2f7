package org.newsgraph.problem;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/** JSON request bodies that could not be read, each said as the problem its sender can act on: which field, and what it must be. */
public final class JsonBodies {

    private JsonBodies() {
    }

    /** The problem with a body Jackson could not read. */
    public static Problem problemWith(JacksonException unreadable) {
        String field = unreadable instanceof JsonMappingException mapping ? field(mapping.getPath()) : "";
        if (unreadable instanceof MismatchedInputException mismatch && !field.isEmpty()) {
            String rule = rule(mismatch);
            return new Problem(ProblemMapper.about("invalid-request"), "Invalid request", 400, "Field '" + field + "' " + rule + ".", null,
                    List.of(new Problem.FieldError(field, rule)));
        }
        String detail = unreadable instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null
                ? "The body must be " + expected(mismatch.getTargetType()) + "."
                : "The body is not valid JSON: " + unreadable.getOriginalMessage() + where(unreadable.getLocation());
        return new Problem(ProblemMapper.about("unreadable-body"), "Unreadable body", 400, detail, null, List.of());
    }

    /** Where in the body a field is, such as {@code title}, {@code addAliases[2]} or {@code actors[0].name}. */
    static String field(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference step : path) {
            if (step.getFieldName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(step.getFieldName());
            } else if (step.getIndex() >= 0) {
                field.append('[').append(step.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    private static String rule(MismatchedInputException mismatch) {
        if (mismatch instanceof StorableStrings.UnstorableString unstorable) {
            return unstorable.why() + "; text may hold neither NUL nor half of a surrogate pair";
        }
        if (mismatch instanceof UnrecognizedPropertyException) {
            return "is not a field of this body";
        }
        String rule = "must be " + expected(mismatch.getTargetType());
        if (mismatch instanceof InvalidFormatException invalid && invalid.getValue() != null) {
            return rule + ", not " + QueryParameters.quoted(String.valueOf(invalid.getValue()));
        }
        return rule;
    }

    /** A Java type as the JSON its sender should write. */
    static String expected(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (CharSequence.class.isAssignableFrom(type) || type == char.class || type == Character.class) {
            return "a string";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class || type == short.class
                || type == Short.class || type == BigInteger.class) {
            return "a whole number";
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class || type == BigDecimal.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == Instant.class || type == OffsetDateTime.class || type == ZonedDateTime.class) {
            return "an ISO-8601 instant such as 2026-10-07T12:00:00Z";
        }
        if (type == LocalDate.class) {
            return "an ISO-8601 date such as 2026-10-07";
        }
        if (type == UUID.class) {
            return "a UUID such as 6f1c1d2e-2b7a-4a43-9d0e-7d1f0b4c8a11";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "));
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        return Map.class.isAssignableFrom(type) || !type.getName().startsWith("java.") ? "a JSON object" : "of another type";
    }

    private static String where(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? "."
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ").";
    }
}
