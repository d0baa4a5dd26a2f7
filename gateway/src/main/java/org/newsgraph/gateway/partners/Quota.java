package org.newsgraph.gateway.partners;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;

/**
 * How many requests a partner may send through a gateway: at most {@code perMinute} in a minute and {@code perDay} in
 * a day. A window left out has no limit of its own; the rate limit of the partner role still applies.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Quota(@Positive @Max(MAX_PER_MINUTE) Integer perMinute, @Positive @Max(MAX_PER_DAY) Integer perDay) {

    static final int MAX_PER_MINUTE = 1_000_000;
    static final int MAX_PER_DAY = 100_000_000;

    /** A window of a quota: so many requests in so many seconds. */
    public record Window(String name, int limit, long seconds) {
    }

    public static Quota of(OptionalInt perMinute, OptionalInt perDay) {
        return new Quota(perMinute.isPresent() ? perMinute.getAsInt() : null, perDay.isPresent() ? perDay.getAsInt() : null);
    }

    /** The windows this quota limits, the shortest first; none for a quota without limits. */
    public List<Window> windows() {
        List<Window> windows = new ArrayList<>(2);
        Optional.ofNullable(perMinute).ifPresent(limit -> windows.add(new Window("minute", limit, 60)));
        Optional.ofNullable(perDay).ifPresent(limit -> windows.add(new Window("day", limit, 86_400)));
        return windows;
    }
}
