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
        this(rate, rate.burst(), now);
    }

    /** A bucket holding so many tokens now, at most its burst. */
    TokenBucket(Rate rate, double tokens, long now) {
        this.rate = rate;
        this.tokens = Math.max(0, Math.min(rate.burst(), tokens));
        this.updatedAt = now;
    }

    /** Takes a token; returns 0 when it could, else how many nanoseconds until one will be there. */
    synchronized long take(long now) {
        long wait = nanosUntil(1, now);
        if (wait == 0) {
            tokens -= 1;
        }
        return wait;
    }

    /** How many tokens the bucket holds now, a fraction of one included. */
    synchronized double tokens(long now) {
        refill(now);
        return tokens;
    }

    /** Takes a token the caller has seen is there with {@link #tokens}. */
    synchronized void spend() {
        tokens -= 1;
    }

    /** How many nanoseconds until the bucket holds this many tokens; 0 when it does. */
    synchronized long nanosUntil(double wanted, long now) {
        refill(now);
        return tokens >= wanted ? 0 : (long) Math.ceil((wanted - tokens) / rate.perSecond() * NANOS_PER_SECOND);
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
