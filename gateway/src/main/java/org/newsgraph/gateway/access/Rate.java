package org.newsgraph.gateway.access;

import org.newsgraph.gateway.config.GatewayConfig;

/** A rate limit: so many requests a second sustained, and a burst of so many at once. */
public record Rate(double perSecond, int burst) {

    public Rate {
        if (perSecond <= 0 || burst < 1) {
            throw new IllegalArgumentException("a rate limit needs a positive rate and a burst of at least 1");
        }
    }

    static Rate of(GatewayConfig.Limit limit) {
        return new Rate(limit.perSecond(), limit.burst());
    }
}
