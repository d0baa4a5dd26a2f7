package org.newsgraph.gateway.access;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import org.newsgraph.gateway.partners.Quota;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Holds every partner to its quota. The counts live in this gateway's memory, as the rate limits' do: with several
 * gateways, each one grants a partner its whole quota.
 */
@ApplicationScoped
public class QuotaLimiter {

    /** Beyond this many partners counted, those with nothing counted are dropped before another is added. */
    private static final int METERS_BEFORE_PURGE = 10_000;

    private final LongSupplier clock;
    private final Map<String, QuotaMeter> meters = new ConcurrentHashMap<>();

    @Inject
    public QuotaLimiter() {
        this(System::nanoTime);
    }

    QuotaLimiter(LongSupplier clock) {
        this.clock = clock;
    }

    /** Counts a request of the partner against the quota it has now. */
    public QuotaReading admit(String clientId, Quota quota) {
        long now = clock.getAsLong();
        if (meters.size() >= METERS_BEFORE_PURGE) {
            meters.values().removeIf(meter -> meter.isFull(now));
        }
        return meters.compute(clientId, (id, meter) -> meter == null ? new QuotaMeter(quota, now) : meter.under(quota, now)).take(now);
    }
}
