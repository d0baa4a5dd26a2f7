package org.newsgraph.gateway.routing;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.vertx.core.http.HttpMethod;

/**
 * The public API, route by route: the one place that says which roles may call what, and where it goes.
 * Anything not listed here is answered 404 by the gateway and never reaches a service.
 */
public final class PublicApi {

    public static final String PREFIX = "/api/v1";

    public static final String READER = "reader";
    public static final String EDITOR = "editor";
    public static final String ADMIN = "admin";
    public static final String PARTNER = "partner";

    static final Set<String> READERS = Set.of(READER, EDITOR, ADMIN, PARTNER);
    /** Partners write only their own articles; articles-service enforces the ownership. */
    static final Set<String> WRITERS = Set.of(EDITOR, ADMIN, PARTNER);
    static final Set<String> CURATORS = Set.of(EDITOR, ADMIN);
    static final Set<String> ADMINS = Set.of(ADMIN);

    /** The route whose answer can be expanded with the articles' actors. */
    public static final Route ARTICLE = route(HttpMethod.GET, "/articles/{id}", READERS, Service.ARTICLES);

    public static final List<Route> ROUTES = List.of(
            route(HttpMethod.GET, "/articles", READERS, Service.ARTICLES),
            ARTICLE,
            route(HttpMethod.POST, "/articles", WRITERS, Service.ARTICLES),
            route(HttpMethod.PUT, "/articles/{id}", WRITERS, Service.ARTICLES),
            route(HttpMethod.DELETE, "/articles/{id}", WRITERS, Service.ARTICLES),
            route(HttpMethod.GET, "/actors", READERS, Service.ACTORS),
            route(HttpMethod.GET, "/actors/{id}", READERS, Service.ACTORS),
            route(HttpMethod.GET, "/actors/{id}/articles", READERS, Service.ACTORS),
            route(HttpMethod.GET, "/actors/{id}/quotes", READERS, Service.ACTORS),
            route(HttpMethod.GET, "/actors/{id}/network", READERS, Service.ACTORS),
            route(HttpMethod.PATCH, "/actors/{id}", CURATORS, Service.ACTORS),
            route(HttpMethod.POST, "/actors/{id}/merge", CURATORS, Service.ACTORS),
            route(HttpMethod.POST, "/extract", READERS, Service.ACTORS),
            route(HttpMethod.GET, "/partners", ADMINS, Service.GATEWAY),
            route(HttpMethod.POST, "/partners", ADMINS, Service.GATEWAY),
            route(HttpMethod.DELETE, "/partners/{clientId}", ADMINS, Service.GATEWAY));

    private PublicApi() {
    }

    /** What a request to a public path is: a route, a known path with another method, or nothing at all. */
    public sealed interface Lookup {
    }

    public record Found(Route route) implements Lookup {
    }

    public record MethodNotAllowed(Set<HttpMethod> allowed) implements Lookup {
    }

    public record NotFound() implements Lookup {
    }

    /** @param path the normalised request path, with the {@link #PREFIX} */
    public static Lookup find(HttpMethod method, String path) {
        if (!path.startsWith(PREFIX + "/")) {
            return new NotFound();
        }
        String below = path.substring(PREFIX.length());
        Set<HttpMethod> allowed = new LinkedHashSet<>();
        for (Route route : ROUTES) {
            if (route.path().matches(below)) {
                if (route.method().equals(method)) {
                    return new Found(route);
                }
                allowed.add(route.method());
            }
        }
        return allowed.isEmpty() ? new NotFound() : new MethodNotAllowed(allowed);
    }

    private static Route route(HttpMethod method, String path, Set<String> roles, Service service) {
        return new Route(method, PathTemplate.of(path), roles, service);
    }
}
