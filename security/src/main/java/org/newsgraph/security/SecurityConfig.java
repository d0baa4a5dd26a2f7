package org.newsgraph.security;

import org.newsgraph.security.routes.Service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "newsgraph.security")
public interface SecurityConfig {

    /** Which of the endpoints declared in {@code Endpoints} this application answers. */
    Service component();

    /** How many verified bearer tokens a service remembers until they expire; 0 verifies every request's token. */
    @WithDefault("1000")
    int verifiedTokens();
}
