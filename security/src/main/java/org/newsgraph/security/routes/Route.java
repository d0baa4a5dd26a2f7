package org.newsgraph.gateway.routing;

import java.util.Collection;
import java.util.Set;

import io.vertx.core.http.HttpMethod;

/**
 * One public operation: who may call it and who answers it.
 *
 * @param path the public path below {@link PublicApi#PREFIX}, which is also the path the service serves it under
 */
public record Route(HttpMethod method, PathTemplate path, Set<String> roles, Service service) {

    public boolean allowsAnyOf(Collection<String> callerRoles) {
        return callerRoles.stream().anyMatch(roles::contains);
    }

    @Override
    public String toString() {
        return method + " " + PublicApi.PREFIX + path;
    }
}
