package org.newsgraph.gateway.access;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;

import org.newsgraph.gateway.config.GatewayConfig;
import org.newsgraph.security.Caller;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * One token bucket per caller, sized by the caller's most generous role. Buckets live in this gateway's memory, so with
 * several gateways each one grants the full rate.
 */
@ApplicationScoped
public class RateLimiter {

    /** Beyond this many buckets, full ones are dropped before another is made. */
    private static final int BUCKETS_BEFORE_PURGE = 10_000;

    private final Map<String, Rate> byRole;
    private final Rate fallback;
    private final LongSupplier clock;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    @Inject
    public RateLimiter(GatewayConfig config) {
        this(config.rateLimits().roles().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, entry -> Rate.of(entry.getValue()))),
                Rate.of(config.rateLimits().fallback()), System::nanoTime);
    }

    RateLimiter(Map<String, Rate> byRole, Rate fallback, LongSupplier clock) {
        this.byRole = Map.copyOf(byRole);
        this.fallback = fallback;
        this.clock = clock;
    }

    /** Counts a request; empty when it may go on, else how long the caller should wait, in whole seconds. */
    public Optional<Duration> admit(Caller caller) {
        long now = clock.getAsLong();
        if (buckets.size() >= BUCKETS_BEFORE_PURGE) {
            buckets.values().removeIf(bucket -> bucket.isFull(now));
        }
        long waitNanos = buckets.computeIfAbsent(caller.rateKey(), key -> new TokenBucket(rateOf(caller), now)).take(now);
        return waitNanos == 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(Math.max(1, (waitNanos + 999_999_999) / 1_000_000_000)));
    }

    Rate rateOf(Caller caller) {
        return caller.roles().stream()
                .map(byRole::get)
                .filter(rate -> rate != null)
                .max((a, b) -> Double.compare(a.perSecond(), b.perSecond()))
                .orElse(fallback);
    }
}
