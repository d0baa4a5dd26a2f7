package org.newsgraph.actors.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "actors")
public interface ActorsConfig {

    /** The largest text /extract reads, in bytes. */
    @WithDefault("1048576")
    int maxTextBytes();

    /**
     * How long the engine may read one text. Any text up to {@link #maxTextBytes()} takes far less; one that takes
     * longer is refused by /extract and, as an article, set aside on the dead-letter topic.
     */
    @WithDefault("5s")
    Duration extractionBudget();

    /**
     * How many names a replica keeps in memory with the actor each resolves to; the registry itself stays in the
     * database, however large.
     */
    @WithDefault("20000")
    long cachedNames();

    @WithDefault("20")
    int defaultLimit();

    @WithDefault("100")
    int maxLimit();

    /** Who is in the news now: the articles published this long before {@code to}, or before now, unless {@code from} says. */
    @WithDefault("P7D")
    Duration trendingWindow();
}
