package org.newsgraph.gateway.access;

/**
 * A token bucket: holds up to {@code burst} tokens, gains {@code perSecond} of them a second, and each request takes one.
 * Times are {@link System#nanoTime()} readings.
 */
final class TokenBucket {

    private static final double NANOS_PER_SECOND = 1e9;

    private final Rate rate;
    private double tokens;
    private long updatedAt;

    TokenBucket(Rate rate, long now) {
        this.rate = rate;
        this.tokens = rate.burst();
        this.updatedAt = now;
    }

    /** Takes a token; returns 0 when it could, else how many nanoseconds until one will be there. */
    synchronized long take(long now) {
        refill(now);
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return (long) Math.ceil((1 - tokens) / rate.perSecond() * NANOS_PER_SECOND);
    }

    /** A full bucket is no different from a new one, so it can be forgotten. */
    synchronized boolean isFull(long now) {
        refill(now);
        return tokens >= rate.burst();
    }

    private void refill(long now) {
        if (now > updatedAt) {
            tokens = Math.min(rate.burst(), tokens + (now - updatedAt) / NANOS_PER_SECOND * rate.perSecond());
            updatedAt = now;
        }
    }
}
