package org.newsgraph.articles.config;

import java.time.Clock;

import org.newsgraph.articles.PublicationTime;
import org.newsgraph.wire.WireCopyParser;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The plain-Java collaborators of the service, made injectable. */
public class Beans {

    @Produces
    @Singleton
    Clock utc() {
        return Clock.systemUTC();
    }

    @Produces
    @Singleton
    PublicationTime publicationTime(ArticlesConfig config) {
        return new PublicationTime(config.maxPublishedAhead());
    }

    @Produces
    @Singleton
    WireCopyParser wireCopyParser() {
        return new WireCopyParser();
    }
}
