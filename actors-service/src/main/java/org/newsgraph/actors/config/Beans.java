package org.newsgraph.actors.config;

import java.time.Clock;

import org.newsgraph.actors.extraction.ActorExtractor;
import org.newsgraph.actors.registry.RegistryIndex;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The plain-Java collaborators of the service, made injectable. */
public class Beans {

    @Produces
    @Singleton
    Clock utc() {
        return Clock.systemUTC();
    }

    /** Built once: its word lists and models load at start-up. It resolves names against the live registry. */
    @Produces
    @Singleton
    ActorExtractor extractor(RegistryIndex registry, ActorsConfig config) {
        return new ActorExtractor(registry, config.extractionBudget());
    }
}
