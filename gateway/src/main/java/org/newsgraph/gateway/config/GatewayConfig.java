package org.newsgraph.gateway.config;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    Services services();

    /** The largest request body forwarded to a service; larger ones are refused with 413 before they reach it. */
    @WithDefault("2M")
    MemorySize maxBodySize();

    Cors cors();

    RateLimits rateLimits();

    PartnerQuotas partnerQuotas();

    Keycloak keycloak();

    interface Services {

        Service articles();

        Service actors();
    }

    interface Service {

        /** Where the service listens; its paths are appended, so a base path is kept. */
        URI url();

        /** How long the service may take to start answering; the body then streams without this limit. */
        @WithDefault("5s")
        Duration timeout();

        /** Further attempts for a GET that could not reach the service. Nothing else is retried. */
        @WithDefault("2")
        int readRetries();

        @WithDefault("50")
        int maxConnections();

        CircuitBreaker circuitBreaker();
    }

    interface CircuitBreaker {

        /** How many recent calls the failure ratio is computed over. */
        @WithDefault("20")
        int requestVolumeThreshold();

        @WithDefault("0.5")
        double failureRatio();

        /** How long an open breaker refuses calls before it lets a trial call through. */
        @WithDefault("10s")
        Duration delay();
    }

    interface Cors {

        /** The web origins that may call the API from a browser, such as https://newsroom.example.org. Never "*". */
        List<String> origins();
    }

    interface RateLimits {

        /** The limit of a caller none of whose roles has one of its own. */
        @WithName("default")
        Limit fallback();

        /** Limits by realm role; a caller with several roles gets the most generous. */
        Map<String, Limit> roles();
    }

    interface Limit {

        /** Requests per second sustained. */
        double perSecond();

        /** Requests that may come at once after a quiet spell. */
        int burst();
    }

    interface PartnerQuotas {

        /** The quota of a partner an admin set none for. */
        @WithName("default")
        QuotaLimits fallback();

        /**
         * How long a gateway counts a partner's requests against the quota it last read from Keycloak before it reads
         * the quota again. A quota changed through a gateway applies there at once, and at every other one within this.
         */
        @WithDefault("30s")
        Duration refresh();
    }

    interface QuotaLimits {

        /** Requests in a minute; none when not given. */
        OptionalInt perMinute();

        /** Requests in a day; none when not given. */
        OptionalInt perDay();
    }

    interface Keycloak {

        /** The client whose service account onboards partners. */
        @WithDefault("newsgraph-gateway")
        String adminClientId();

        String adminClientSecret();
    }
}
