package org.newsgraph.security;

import java.time.Duration;
import java.util.Set;

import org.newsgraph.security.routes.Service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "newsgraph.security")
public interface SecurityConfig {

    /** Which of the endpoints declared in {@code Endpoints} this application answers. */
    Service component();

    /**
     * The clients people sign in with: only their tokens carry the roles of people (reader, editor, admin). Another
     * client's token, such as a partner's or a service account's, never does, whatever roles it lists.
     */
    @WithDefault("newsgraph-web")
    Set<String> personClients();

    /** How many verified bearer tokens a service remembers until they expire; 0 verifies every request's token. */
    @WithDefault("1000")
    int verifiedTokens();

    /**
     * How long Keycloak's word that a partner's token is still active holds before it is asked again: the longest a
     * partner disabled in Keycloak is still admitted by any replica.
     */
    @WithDefault("5s")
    Duration partnerRecheck();

    /** The application's own client of the realm, with which it asks Keycloak whether a partner's token is active. */
    Introspection introspection();

    interface Introspection {

        /** A confidential client without roles and without a service account: it can ask about tokens, nothing else. */
        @WithDefault("newsgraph-services")
        String clientId();

        String clientSecret();

        /** How long Keycloak may take to answer; after that its last answer stands, or the request is refused. */
        @WithDefault("2s")
        Duration timeout();
    }
}
