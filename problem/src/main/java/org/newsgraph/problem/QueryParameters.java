package org.newsgraph.problem;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Query parameters read the same way by every service, a bad one answered with a problem that names it. */
public final class QueryParameters {

    private QueryParameters() {
    }

    public static final class InvalidQuery extends ProblemException {
        public InvalidQuery(String detail) {
            super(400, "invalid-query", "Invalid query", detail);
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
                throw new InvalidQuery(name + " must be an ISO-8601 instant such as 2026-10-07T12:00:00Z or a date such as 2026-10-07.");
            }
        });
    }

    /** A page size: the default when absent, else between 1 and the maximum. */
    public static int limit(Integer limit, int defaultLimit, int maxLimit) {
        int size = limit == null ? defaultLimit : limit;
        if (size < 1 || size > maxLimit) {
            throw new InvalidQuery("limit must be between 1 and " + maxLimit + ".");
        }
        return size;
    }
}
