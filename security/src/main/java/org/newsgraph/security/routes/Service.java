package org.newsgraph.security.routes;

/** Who answers a route: one of the services behind the gateway, or the gateway itself. */
public enum Service {

    ARTICLES("articles-service"),
    ACTORS("actors-service"),
    GATEWAY("gateway");

    private final String displayName;

    Service(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
