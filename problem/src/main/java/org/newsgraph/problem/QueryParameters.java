package org.newsgraph.problem;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** Query parameters read the same way by every service, a bad one answered with a problem that names it. */
public final class QueryParameters {

    private static final int SHOWN = 60;

    private QueryParameters() {
    }

    public static final class InvalidQuery extends ProblemException {
        public InvalidQuery(String detail) {
            super(400, "invalid-query", "Invalid query", detail);
        }
    }

    /**
     * Refuses what an operation cannot have meant: a parameter it does not take (a typo would otherwise be ignored in
     * silence), one it takes once given several times, and a value no service can store.
     *
     * @param taken the parameters the operation takes, each with whether it may be given more than once
     */
    public static void requireTaken(Map<String, List<String>> given, Map<String, Boolean> taken) {
        List<String> unknown = given.keySet().stream().filter(name -> !taken.containsKey(name)).sorted().toList();
        if (!unknown.isEmpty()) {
            // Every one named at once, so that a client fixes them all in one go.
            throw new InvalidQuery((unknown.size() == 1 ? "Unknown query parameter " : "Unknown query parameters ")
                    + String.join(", ", unknown.stream().map(QueryParameters::quoted).toList()) + "; "
                    + (taken.isEmpty() ? "this operation takes none." : "this operation takes " + String.join(", ", new TreeSet<>(taken.keySet())) + "."));
        }
        for (String name : new TreeSet<>(given.keySet())) {
            List<String> values = given.get(name);
            if (values.size() > 1 && !taken.get(name)) {
                throw new InvalidQuery(name + " is given " + values.size() + " times; give it once.");
            }
            for (String value : values) {
                StorableText.problemWith(value).ifPresent(why -> {
                    throw new InvalidQuery("Query parameter " + name + " " + why + "; text may hold neither NUL nor half of a surrogate pair.");
                });
            }
        }
    }

    /** Absent, empty and blank are all "not given". */
    public static Optional<String> present(String value) {
        return Optional.ofNullable(value).filter(text -> !text.isBlank());
    }

    /** An ISO-8601 instant, or a date meaning its first instant in UTC. */
    public static Optional<Instant> instant(String name, String value) {
        return present(value).map(text -> {
            try {
                return text.length() == 10 ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(text);
            } catch (DateTimeParseException e) {
                throw new InvalidQuery(name + " must be an ISO-8601 instant such as 2026-10-07T12:00:00Z or a date such as 2026-10-07, not "
                        + quoted(text) + ".");
            }
        });
    }

    /** A yes-or-no switch: false when absent, else true or false. */
    public static boolean flag(String name, String value) {
        Optional<String> given = present(value).map(String::strip);
        if (given.isEmpty() || given.get().equals("false")) {
            return false;
        }
        if (given.get().equals("true")) {
            return true;
        }
        throw new InvalidQuery(name + " must be true or false, not " + quoted(given.get()) + ".");
    }

    /** A page size: the default when absent, else a whole number between 1 and the maximum. */
    public static int limit(String limit, int defaultLimit, int maxLimit) {
        return size("limit", limit, defaultLimit, maxLimit);
    }

    /** A count such as a page's or a facet's size: the default when absent, else a whole number between 1 and the maximum. */
    public static int size(String name, String value, int defaultSize, int maxSize) {
        Optional<String> given = present(value).map(String::strip);
        if (given.isEmpty()) {
            return defaultSize;
        }
        int size = given.get().matches("\\d{1,9}") ? Integer.parseInt(given.get()) : -1;
        if (size < 1 || size > maxSize) {
            throw new InvalidQuery(name + " must be a whole number between 1 and " + maxSize + ", not " + quoted(given.get()) + ".");
        }
        return size;
    }

    /** One of the values an operation knows, spelled as it lists them. */
    public static <T> Optional<T> oneOf(String name, String value, Map<String, T> known) {
        return present(value).map(String::strip).map(given -> {
            T found = known.get(given);
            if (found == null) {
                throw new InvalidQuery(name + " must be one of " + String.join(", ", known.keySet()) + ", not " + quoted(given) + ".");
            }
            return found;
        });
    }

    /** A client's text shown back to it: quoted, cut short, and with nothing in it that could not be printed. */
    static String quoted(String text) {
        StringBuilder shown = new StringBuilder("'");
        text.codePoints().limit(SHOWN).forEach(c -> {
            if (Character.isISOControl(c) || c <= Character.MAX_VALUE && Character.isSurrogate((char) c)) {
                shown.append(String.format("\\u%04x", c));
            } else {
                shown.appendCodePoint(c);
            }
        });
        return shown.append(text.codePointCount(0, text.length()) > SHOWN ? "…'" : "'").toString();
    }
}
