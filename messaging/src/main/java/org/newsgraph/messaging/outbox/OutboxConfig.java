package org.newsgraph.messaging.outbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "newsgraph.outbox")
public interface OutboxConfig {

    /** The CloudEvents source of everything this service publishes, such as {@code /articles-service}. */
    String source();

    /** Events published per round trip to the database. */
    @WithDefault("500")
    int batchSize();

    /** How often the relay looks for events when no commit has woken it up. */
    @WithDefault("1s")
    Duration pollInterval();

    /**
     * How long a busy relay gathers commits after the first wakes it, so that it publishes in batches rather than a
     * round per event or two. Busy: its last round published more than one event; a quiet service publishes at once.
     */
    @WithDefault("10ms")
    Duration gatherTime();

    /** How long a batch may wait for Kafka's acknowledgements before it is retried. */
    @WithDefault("30s")
    Duration sendTimeout();

    /** Pause after a failed round, so that an unreachable broker is not hammered. */
    @WithDefault("2s")
    Duration retryBackoff();

    /** Published events are kept this long for audit, then deleted. */
    @WithDefault("P7D")
    Duration retention();
}
