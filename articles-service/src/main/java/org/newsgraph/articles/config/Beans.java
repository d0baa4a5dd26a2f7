package org.newsgraph.articles.config;

import java.time.Clock;
import java.time.Duration;

import org.newsgraph.articles.PublicationTime;
import org.newsgraph.wire.WireCopyParser;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The plain-Java collaborators of the service, made injectable. */
public class Beans {

    /**
     * Ticks in microseconds, as PostgreSQL keeps time: an article answered when it is written then reads the same
     * when it is read back, to the byte, and so has the same ETag.
     */
    @Produces
    @Singleton
    Clock utc() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }

    @Produces
    @Singleton
    PublicationTime publicationTime(ArticlesConfig config) {
        return new PublicationTime(config.maxEmbargo());
    }

    @Produces
    @Singleton
    WireCopyParser wireCopyParser() {
        return new WireCopyParser();
    }
}
