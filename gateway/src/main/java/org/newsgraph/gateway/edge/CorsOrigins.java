package org.newsgraph.gateway.edge;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.newsgraph.gateway.config.GatewayConfig;
import org.newsgraph.problem.ProblemException;
import org.newsgraph.problem.ProblemResponses;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Refuses to start with a CORS origin that is not one exact web origin: a wildcard or a pattern would let any page
 * call the API with a user's token. Refuses a browser's request from any other origin with a problem, just before
 * Quarkus' CORS filter would refuse it with an empty 403, and by the same rules. Every answer says it varies by Origin,
 * since the CORS headers it carries (or not) depend on it: a cache must not hand one origin's answer to another.
 */
@ApplicationScoped
public class CorsOrigins {

    private final GatewayConfig config;
    private final List<String> methods;
    private final ProblemResponses problems;

    public CorsOrigins(GatewayConfig config, @ConfigProperty(name = "quarkus.http.cors.methods") List<String> methods,
            ProblemResponses problems) {
        this.config = config;
        this.methods = methods.stream().map(method -> method.strip().toUpperCase(Locale.ROOT)).toList();
        this.problems = problems;
    }

    public static final class OriginNotAllowed extends ProblemException {
        public OriginNotAllowed(String origin) {
            super(403, "origin-not-allowed", "Origin not allowed",
                    "Pages from " + origin + " may not call this API; browsers may call it only from the web origins it is configured for.");
        }
    }

    public static final class MethodNotAllowedFromBrowsers extends ProblemException {
        public MethodNotAllowedFromBrowsers(String method, List<String> methods) {
            super(403, "method-not-allowed-from-browsers", "Method not allowed from browsers",
                    "Browsers may not send " + method + " to this API; they may send " + String.join(", ", methods) + ".");
        }
    }

    void check(@Observes StartupEvent started) {
        requireExactOrigins(config.cors().origins());
    }

    void register(@Observes Filters filters) {
        filters.register(this::refuseOtherOrigins, EdgeOrder.CORS_ORIGINS);
    }

    static void requireExactOrigins(List<String> origins) {
        for (String origin : origins) {
            if (!isExactOrigin(origin)) {
                throw new IllegalStateException("gateway.cors.origins must list exact origins such as https://newsroom.example.org, not '"
                        + origin + "'");
            }
        }
    }

    /**
     * Why Quarkus' CORS filter would refuse a request with this Origin: an origin that is neither configured nor the
     * gateway's own, or, from an allowed one, a method not configured for browsers (preflights ask, and are answered).
     *
     * @param target the request's absolute URI, for the gateway's own origin
     */
    static Optional<ProblemException> refusal(String origin, HttpMethod method, boolean preflight, String target, List<String> origins,
            List<String> methods) {
        if (!origins.contains(origin) && !isSameOrigin(origin, target)) {
            return Optional.of(new OriginNotAllowed(origin));
        }
        if (!preflight && !methods.contains(method.name())) {
            return Optional.of(new MethodNotAllowedFromBrowsers(method.name(), methods));
        }
        return Optional.empty();
    }

    /** Adds Origin to the answer's Vary, unless it is there already or the answer varies by everything. */
    static void varyByOrigin(MultiMap headers) {
        List<String> varies = headers.getAll(HttpHeaders.VARY).stream()
                .flatMap(vary -> Arrays.stream(vary.split(",")))
                .map(name -> name.strip().toLowerCase(Locale.ROOT))
                .toList();
        if (!varies.contains("origin") && !varies.contains("*")) {
            headers.add(HttpHeaders.VARY, "Origin");
        }
    }

    private void refuseOtherOrigins(RoutingContext context) {
        context.addHeadersEndHandler(written -> varyByOrigin(context.response().headers()));
        HttpServerRequest request = context.request();
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        boolean preflight = request.method() == HttpMethod.OPTIONS && (request.headers().contains(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD)
                || request.headers().contains(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS));
        Optional<ProblemException> refusal = origin == null ? Optional.empty()
                : refusal(origin, request.method(), preflight, request.absoluteURI(), config.cors().origins(), methods);
        if (refusal.isPresent()) {
            problems.send(context, refusal.get());
        } else {
            context.next();
        }
    }

    /** As Quarkus tells it: the same host, and the same port once default ports are filled in. */
    private static boolean isSameOrigin(String origin, String target) {
        try {
            URI from = new URI(origin);
            URI to = new URI(target);
            if (from.getHost() == null || !from.getHost().equals(to.getHost()) || from.getRawPath() != null && !from.getRawPath().isEmpty()) {
                return false;
            }
            return portOf(from) == portOf(to);
        } catch (Exception e) {
            return false;
        }
    }

    private static int portOf(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equals(uri.getScheme()) ? 443 : "http".equals(uri.getScheme()) ? 80 : -1;
    }

    private static boolean isExactOrigin(String origin) {
        if (origin.contains("*") || origin.startsWith("/")) {
            return false;
        }
        try {
            URI uri = new URI(origin);
            return (uri.getScheme().equals("https") || uri.getScheme().equals("http")) && uri.getHost() != null
                    && (uri.getRawPath() == null || uri.getRawPath().isEmpty()) && uri.getRawQuery() == null && uri.getRawFragment() == null
                    && uri.getRawUserInfo() == null;
        } catch (Exception e) {
            return false;
        }
    }
}
