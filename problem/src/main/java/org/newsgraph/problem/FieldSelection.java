package org.newsgraph.problem;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.newsgraph.problem.QueryParameters.InvalidQuery;

/**
 * The fields of a representation a caller asked for with {@code fields}, given as {@code fields=id,title} or repeated;
 * every field when the parameter is not given. A representation is a record written as JSON under its components'
 * names, so those are the names a caller may ask for. A name it does not have is refused, every one named at once,
 * with the names it has.
 *
 * @param names the fields asked for
 */
public record FieldSelection(Set<String> names) {

    public static final String PARAMETER = "fields";

    public FieldSelection {
        names = Set.copyOf(names);
    }

    /** Every field of the representation. */
    public static FieldSelection all(Class<? extends Record> representation) {
        return new FieldSelection(new LinkedHashSet<>(fieldsOf(representation)));
    }

    /**
     * @param given the values of the parameter, each one name or several separated by commas; null or empty when absent
     * @param representation the record whose fields are asked for
     * @param what the representation as the problem names it, such as "a hit" or "an article"
     */
    public static FieldSelection read(List<String> given, Class<? extends Record> representation, String what) {
        if (given == null || given.isEmpty()) {
            return all(representation);
        }
        List<String> known = fieldsOf(representation);
        Set<String> asked = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String value : given) {
            for (String name : value.split(",", -1)) {
                String field = name.strip();
                if (field.isEmpty()) {
                    throw new InvalidQuery(PARAMETER + " must name fields, such as " + PARAMETER + "=" + String.join(",", known.subList(0, Math.min(2, known.size())))
                            + "; not an empty one.");
                }
                if (known.contains(field)) {
                    asked.add(field);
                } else if (!unknown.contains(field)) {
                    unknown.add(field);
                }
            }
        }
        if (!unknown.isEmpty()) {
            throw new InvalidQuery((unknown.size() == 1 ? "Unknown field " : "Unknown fields ")
                    + String.join(", ", unknown.stream().map(QueryParameters::quoted).toList()) + " in " + PARAMETER + "; " + what + " has "
                    + String.join(", ", known) + ".");
        }
        return new FieldSelection(asked);
    }

    public boolean includes(String name) {
        return names.contains(name);
    }

    /** The fields a caller may ask for, in the order the representation writes them. */
    public static List<String> fieldsOf(Class<? extends Record> representation) {
        return Arrays.stream(representation.getRecordComponents()).map(RecordComponent::getName).toList();
    }
}
