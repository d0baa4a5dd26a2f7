package org.newsgraph.web.gateway;

import java.net.URI;

/** The gateway's partner administration, for admins. */
public final class Partners {

    private Partners() {
    }

    public record Partner(String clientId, String name, boolean enabled) {
    }

    public record Onboarding(String name, String clientId) {
    }

    /** What a partner needs to get its tokens: its secret, shown once. */
    public record Credentials(String clientId, String name, String clientSecret, URI tokenEndpoint) {
    }
}
