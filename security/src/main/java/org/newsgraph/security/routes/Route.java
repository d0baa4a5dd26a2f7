package org.newsgraph.security.routes;

import java.util.Collection;
import java.util.Set;

import io.vertx.core.http.HttpMethod;

/**
 * One operation: who may call it, who answers it, and whether the gateway offers it.
 *
 * @param path the path the service serves it under; a public route is offered by the gateway below {@link Endpoints#PREFIX}
 */
public record Route(HttpMethod method, PathTemplate path, Set<String> roles, Service service, Exposure exposure) {

    public enum Exposure {
        /** Offered to the world through the gateway, and answered by its service for callers inside the cluster. */
        PUBLIC,
        /** Answered by its service only, for operators inside the cluster. */
        INTERNAL
    }

    public Route {
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("a route declares the roles that may call it: " + method + " " + path);
        }
        roles = Set.copyOf(roles);
    }

    public boolean allowsAnyOf(Collection<String> callerRoles) {
        return callerRoles.stream().anyMatch(roles::contains);
    }

    /** The path a caller of the gateway uses: the public path for public routes, the service's own otherwise. */
    public String publicPath() {
        return exposure == Exposure.PUBLIC ? Endpoints.PREFIX + path : path.template();
    }

    /** The path a component serves this route under: the gateway its public path, a service its own. */
    public String pathServedBy(Service component) {
        return component == Service.GATEWAY ? publicPath() : path.template();
    }

    @Override
    public String toString() {
        return method + " " + publicPath();
    }
}
