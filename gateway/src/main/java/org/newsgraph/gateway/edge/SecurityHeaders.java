package org.newsgraph.gateway.edge;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Browser hardening headers on every answer, the services' answers and the gateway's own refusals alike. They are set
 * when the headers are written, so whatever a service sent for them is replaced.
 */
@ApplicationScoped
public class SecurityHeaders {

    /** The API answers JSON only: nothing in it may load, run or be framed. */
    static final String API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    /** Swagger UI runs its own scripts and styles, from its own origin only. */
    static final String UI_CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self' http: https:; frame-ancestors 'none'";
    static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000; includeSubDomains";

    void register(@Observes Filters filters) {
        filters.register(this::addOnWrite, EdgeOrder.SECURITY_HEADERS);
    }

    static void add(MultiMap headers, String path, boolean overTls) {
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Referrer-Policy", "no-referrer");
        headers.set("Content-Security-Policy", isUserInterface(path) ? UI_CONTENT_SECURITY_POLICY : API_CONTENT_SECURITY_POLICY);
        if (overTls) {
            headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
        }
    }

    private static boolean isUserInterface(String path) {
        return path.startsWith("/q/swagger-ui") || path.startsWith("/q/dev-ui");
    }

    private void addOnWrite(RoutingContext context) {
        // The scheme honours X-Forwarded-Proto from trusted proxies, so TLS ended at an ingress still counts.
        boolean overTls = context.request().isSSL() || "https".equals(context.request().scheme());
        String path = context.normalizedPath();
        context.addHeadersEndHandler(written -> add(context.response().headers(), path, overTls));
        context.next();
    }
}
