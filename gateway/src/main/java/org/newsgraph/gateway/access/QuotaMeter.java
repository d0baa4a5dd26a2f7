package org.newsgraph.gateway.access;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.newsgraph.gateway.partners.Quota;

/**
 * Counts one partner's requests against its quota: a token bucket per window, as large as the window's limit and
 * refilling evenly over the window, so that a partner may spend a whole window's requests at once after a quiet one. A
 * request takes a token from every window or from none.
 */
final class QuotaMeter {

    private static final double NANOS_PER_SECOND = 1e9;

    private record Window(Quota.Window window, TokenBucket bucket) {
    }

    private final Quota quota;
    private final List<Window> windows;

    QuotaMeter(Quota quota, long now) {
        this(quota, quota.windows().stream().map(window -> new Window(window, new TokenBucket(rateOf(window), now))).toList());
    }

    private QuotaMeter(Quota quota, List<Window> windows) {
        this.quota = quota;
        this.windows = windows;
    }

    Quota quota() {
        return quota;
    }

    /**
     * This meter under another quota: what the partner used of a window it keeps still counts, so a quota raised
     * gives the difference at once and a quota lowered below what was used admits nothing until the window refills.
     */
    synchronized QuotaMeter under(Quota changed, long now) {
        if (changed.equals(quota)) {
            return this;
        }
        List<Window> kept = new ArrayList<>();
        for (Quota.Window window : changed.windows()) {
            double used = windows.stream().filter(old -> old.window().name().equals(window.name())).findFirst()
                    .map(old -> old.window().limit() - old.bucket().tokens(now)).orElse(0.0);
            kept.add(new Window(window, new TokenBucket(rateOf(window), window.limit() - used, now)));
        }
        return new QuotaMeter(changed, kept);
    }

    /** Counts a request if every window has room for it. */
    synchronized QuotaReading take(long now) {
        boolean admitted = windows.stream().allMatch(window -> window.bucket().tokens(now) >= 1);
        long waitNanos = 0;
        List<QuotaReading.Window> readings = new ArrayList<>(windows.size());
        for (Window window : windows) {
            boolean spent = window.bucket().tokens(now) < 1;
            if (admitted) {
                window.bucket().spend();
            } else {
                waitNanos = Math.max(waitNanos, window.bucket().nanosUntil(1, now));
            }
            readings.add(new QuotaReading.Window(window.window().name(), window.window().limit(), window.window().seconds(),
                    (long) Math.floor(window.bucket().tokens(now)), wholeSeconds(window.bucket().nanosUntil(window.window().limit(), now)),
                    spent));
        }
        return new QuotaReading(admitted, Duration.ofSeconds(admitted ? 0 : Math.max(1, wholeSeconds(waitNanos))), readings);
    }

    /** Nothing to count: the meter holds what a new one would. */
    synchronized boolean isFull(long now) {
        return windows.stream().allMatch(window -> window.bucket().isFull(now));
    }

    private static Rate rateOf(Quota.Window window) {
        return new Rate((double) window.limit() / window.seconds(), window.limit());
    }

    private static long wholeSeconds(long nanos) {
        return (long) Math.ceil(nanos / NANOS_PER_SECOND);
    }
}
