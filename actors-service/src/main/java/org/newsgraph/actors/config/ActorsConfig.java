package org.newsgraph.actors.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "actors")
public interface ActorsConfig {

    /** The largest text /extract reads, in bytes. */
    @WithDefault("1048576")
    int maxTextBytes();

    @WithDefault("20")
    int defaultLimit();

    @WithDefault("100")
    int maxLimit();
}
