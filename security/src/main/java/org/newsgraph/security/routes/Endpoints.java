package org.newsgraph.security.routes;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.newsgraph.security.Roles;
import org.newsgraph.security.routes.Route.Exposure;

import io.vertx.core.http.HttpMethod;

/**
 * Every endpoint of every service and of the gateway, and who may call it: the one place that says so. The gateway
 * routes from it, every service admits requests by it, and the API documents take their security from it. A request
 * for anything not listed here is refused, with or without a token.
 */
public final class Endpoints {

    /** Where the gateway offers the public routes. */
    public static final String PREFIX = "/api/v1";

    static final Set<String> READERS = Set.of(Roles.READER, Roles.EDITOR, Roles.ADMIN, Roles.PARTNER);
    /** Partners write only their own articles; articles-service enforces the ownership. */
    static final Set<String> WRITERS = Set.of(Roles.EDITOR, Roles.ADMIN, Roles.PARTNER);
    static final Set<String> CURATORS = Roles.EDITORIAL;
    static final Set<String> ADMINS = Set.of(Roles.ADMIN);

    /** The route whose answer the gateway can expand with the article's actors. */
    public static final Route ARTICLE = publicRoute(HttpMethod.GET, "/articles/{id}", READERS, Service.ARTICLES);

    /** The search of articles, whose calls articles-service bounds in flight. */
    public static final Route ARTICLE_SEARCH = publicRoute(HttpMethod.GET, "/articles", READERS, Service.ARTICLES);

    public static final List<Route> ROUTES = List.of(
            ARTICLE_SEARCH,
            ARTICLE,
            publicRoute(HttpMethod.POST, "/articles", WRITERS, Service.ARTICLES),
            publicRoute(HttpMethod.PUT, "/articles/{id}", WRITERS, Service.ARTICLES),
            publicRoute(HttpMethod.DELETE, "/articles/{id}", WRITERS, Service.ARTICLES),
            publicRoute(HttpMethod.GET, "/articles/{id}/revisions", READERS, Service.ARTICLES),
            publicRoute(HttpMethod.GET, "/articles/{id}/revisions/{revision}", READERS, Service.ARTICLES),
            publicRoute(HttpMethod.GET, "/articles/{id}/mentions", READERS, Service.ACTORS),
            publicRoute(HttpMethod.GET, "/actors", READERS, Service.ACTORS),
            publicRoute(HttpMethod.GET, "/actors/trending", READERS, Service.ACTORS),
            publicRoute(HttpMethod.GET, "/actors/{id}", READERS, Service.ACTORS),
            publicRoute(HttpMethod.GET, "/actors/{id}/articles", READERS, Service.ACTORS),
            publicRoute(HttpMethod.GET, "/actors/{id}/quotes", READERS, Service.ACTORS),
            publicRoute(HttpMethod.GET, "/actors/{id}/network", READERS, Service.ACTORS),
            publicRoute(HttpMethod.PATCH, "/actors/{id}", CURATORS, Service.ACTORS),
            publicRoute(HttpMethod.POST, "/actors/{id}/merge", CURATORS, Service.ACTORS),
            publicRoute(HttpMethod.POST, "/actors/{id}/merges/{mergedId}/undo", CURATORS, Service.ACTORS),
            publicRoute(HttpMethod.GET, "/actors/{id}/history", READERS, Service.ACTORS),
            publicRoute(HttpMethod.POST, "/extract", READERS, Service.ACTORS),
            publicRoute(HttpMethod.GET, "/partners", ADMINS, Service.GATEWAY),
            publicRoute(HttpMethod.POST, "/partners", ADMINS, Service.GATEWAY),
            publicRoute(HttpMethod.GET, "/partners/{clientId}", ADMINS, Service.GATEWAY),
            publicRoute(HttpMethod.DELETE, "/partners/{clientId}", ADMINS, Service.GATEWAY),
            publicRoute(HttpMethod.PUT, "/partners/{clientId}/quota", ADMINS, Service.GATEWAY),
            publicRoute(HttpMethod.DELETE, "/partners/{clientId}/quota", ADMINS, Service.GATEWAY),
            publicRoute(HttpMethod.POST, "/partners/{clientId}/enable", ADMINS, Service.GATEWAY),
            publicRoute(HttpMethod.POST, "/partners/{clientId}/secret", ADMINS, Service.GATEWAY),
            new Route(HttpMethod.GET, PathTemplate.of("/admin/reannotation"), ADMINS, Service.ACTORS, Exposure.INTERNAL),
            new Route(HttpMethod.POST, PathTemplate.of("/admin/reannotation"), ADMINS, Service.ACTORS, Exposure.INTERNAL));

    /**
     * What anyone may read without a token, on every service and the gateway: probes, metrics for Prometheus and API
     * documentation. None is public: the way in routes only {@code /api}, and the NetworkPolicies admit only the
     * probes' kubelet and the scraper to the rest.
     */
    public static final List<PathTemplate> OPEN = List.of(
            PathTemplate.of("/q/health/**"),
            PathTemplate.of("/q/metrics"),
            PathTemplate.of("/q/openapi"),
            PathTemplate.of("/q/swagger-ui/**"));

    private Endpoints() {
    }

    /** What a request is: an open read, a route, a known path with another method, or nothing at all. */
    public sealed interface Lookup {
    }

    public record Open() implements Lookup {
    }

    public record Found(Route route) implements Lookup {
    }

    public record MethodNotAllowed(Set<HttpMethod> allowed) implements Lookup {
    }

    public record NotFound() implements Lookup {
    }

    /**
     * @param component the service, or the gateway, that received the request
     * @param path a canonical request path (see {@link RequestPaths})
     */
    public static Lookup find(Service component, HttpMethod method, String path) {
        HttpMethod read = method == HttpMethod.HEAD ? HttpMethod.GET : method;
        if (read == HttpMethod.GET && OPEN.stream().anyMatch(open -> open.matches(path))) {
            return new Open();
        }
        Set<HttpMethod> allowed = new LinkedHashSet<>();
        for (Route route : ROUTES) {
            if (answers(component, route, path)) {
                if (route.method().equals(read)) {
                    return new Found(route);
                }
                allowed.add(route.method());
            }
        }
        return allowed.isEmpty() ? new NotFound() : new MethodNotAllowed(allowed);
    }

    /** The gateway answers every public route below the prefix; a service answers its own routes at their paths. */
    private static boolean answers(Service component, Route route, String path) {
        if (component == Service.GATEWAY && route.exposure() == Exposure.PUBLIC) {
            return path.startsWith(PREFIX + "/") && route.path().matches(path.substring(PREFIX.length()));
        }
        return route.service() == component && route.path().matches(path);
    }

    private static Route publicRoute(HttpMethod method, String path, Set<String> roles, Service service) {
        return new Route(method, PathTemplate.of(path), roles, service, Exposure.PUBLIC);
    }
}
