package org.newsgraph.gateway.access;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import io.vertx.core.MultiMap;

/**
 * What a partner's quota said to one request, and the headers that tell the partner: {@code RateLimit-Policy} and
 * {@code RateLimit} as the IETF draft on rate limit headers spells them, and the older {@code X-RateLimit-*} for the
 * window closest to being spent.
 *
 * @param admitted whether the request may go on
 * @param retryAfter how long until every window admits a request again; zero when admitted
 * @param windows each window of the quota after this request
 */
public record QuotaReading(boolean admitted, Duration retryAfter, List<Window> windows) {

    /**
     * @param remaining how many more requests it admits now
     * @param reset how many seconds until it is full again
     * @param spent whether it refused this request
     */
    public record Window(String name, int limit, long seconds, long remaining, long reset, boolean spent) {
    }

    public QuotaReading {
        windows = List.copyOf(windows);
    }

    /** The window that refused the request, or else the one with the fewest requests left. */
    public Optional<Window> tightest() {
        return windows.stream().min(Comparator.comparing((Window window) -> !window.spent()).thenComparingLong(Window::remaining));
    }

    public void addTo(MultiMap headers) {
        if (windows.isEmpty()) {
            return;
        }
        headers.set("RateLimit-Policy", windows.stream().map(window -> "\"" + window.name() + "\";q=" + window.limit() + ";w=" + window.seconds())
                .collect(Collectors.joining(", ")));
        headers.set("RateLimit", windows.stream().map(window -> "\"" + window.name() + "\";r=" + window.remaining() + ";t=" + window.reset())
                .collect(Collectors.joining(", ")));
        Window tightest = tightest().orElseThrow();
        headers.set("X-RateLimit-Limit", Integer.toString(tightest.limit()));
        headers.set("X-RateLimit-Remaining", Long.toString(tightest.remaining()));
        headers.set("X-RateLimit-Reset", Long.toString(tightest.reset()));
    }
}
