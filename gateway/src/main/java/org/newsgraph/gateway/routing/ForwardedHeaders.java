package org.newsgraph.gateway.routing;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.newsgraph.problem.RequestIds;
import org.newsgraph.security.routes.Endpoints;

import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * Which headers cross the gateway, each way. Hop-by-hop headers (RFC 9110 section 7.6.1) end here; the caller's
 * Authorization, X-Request-Id and W3C trace context go on unchanged; forwarding headers are the gateway's own.
 */
public final class ForwardedHeaders {

    static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-authenticate", "proxy-authorization",
            "proxy-connection", "te", "trailer", "transfer-encoding", "upgrade",
            // The gateway answers 100-continue itself, once it has admitted the request.
            "expect");
    /** Written by the gateway from what it saw: a caller's own values would let it pose as another address or request. */
    static final Set<String> SET_BY_GATEWAY = Set.of("host", "forwarded", "x-forwarded-for", "x-forwarded-proto",
            "x-forwarded-host", "x-forwarded-port", "x-forwarded-prefix", "x-real-ip", "x-request-id");
    private static final String TRACEPARENT = "traceparent";
    /** CORS is answered by the gateway alone. */
    private static final String CORS_PREFIX = "access-control-";
    /** The service echoes the id the gateway sent it, which the gateway's answer carries already. */
    private static final Set<String> ANSWERED_BY_GATEWAY = Set.of("x-request-id");

    private ForwardedHeaders() {
    }

    /**
     * The caller as the gateway saw it, for the service.
     *
     * @param host the host the caller addressed, as it appears in public links
     * @param traceparent the gateway's span for the request, as W3C trace context; null when tracing is off, and the
     *                    caller's trace context goes on unchanged
     */
    public record Forwarding(String requestId, String clientAddress, String scheme, String host, String traceparent) {

        /** On the request's own context, where its span is the current one. */
        public static Forwarding of(RoutingContext context) {
            HttpServerRequest request = context.request();
            Map<String, String> trace = new HashMap<>();
            W3CTraceContextPropagator.getInstance().inject(Context.current(), trace, Map::put);
            return new Forwarding(RequestIds.of(context),
                    request.remoteAddress() == null ? null : request.remoteAddress().hostAddress(),
                    request.scheme(),
                    request.authority() == null ? null : request.authority().toString(),
                    trace.get(TRACEPARENT));
        }
    }

    public static MultiMap toService(MultiMap incoming, Forwarding forwarding) {
        Set<String> dropped = endingHere(incoming);
        dropped.addAll(SET_BY_GATEWAY);
        MultiMap outgoing = MultiMap.caseInsensitiveMultiMap();
        for (Map.Entry<String, String> header : incoming) {
            if (!dropped.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                outgoing.add(header.getKey(), header.getValue());
            }
        }
        outgoing.set(RequestIds.HEADER, forwarding.requestId());
        if (forwarding.clientAddress() != null) {
            outgoing.set("X-Forwarded-For", forwarding.clientAddress());
        }
        outgoing.set("X-Forwarded-Proto", forwarding.scheme());
        if (forwarding.host() != null) {
            outgoing.set("X-Forwarded-Host", forwarding.host());
        }
        outgoing.set("X-Forwarded-Prefix", Endpoints.PREFIX);
        if (forwarding.traceparent() != null) {
            outgoing.set(TRACEPARENT, forwarding.traceparent());
        }
        return outgoing;
    }

    /**
     * Copies a service's answer headers for the caller, with its links made public.
     *
     * @param service where the service listens
     * @param publicHost the host the caller addressed
     */
    public static void toCaller(MultiMap fromService, MultiMap outgoing, URI service, String publicHost) {
        Set<String> dropped = endingHere(fromService);
        for (Map.Entry<String, String> header : fromService) {
            String name = header.getKey().toLowerCase(Locale.ROOT);
            if (dropped.contains(name) || name.startsWith(CORS_PREFIX) || ANSWERED_BY_GATEWAY.contains(name)) {
                continue;
            }
            boolean link = name.equals("location") || name.equals("content-location");
            outgoing.add(header.getKey(), link ? publicLink(header.getValue(), service, publicHost) : header.getValue());
        }
    }

    /**
     * A service's link, such as {@code http://127.0.0.1:8081/articles/42}, as the caller reaches it:
     * {@code /api/v1/articles/42}. Links elsewhere stay as they are.
     */
    static String publicLink(String link, URI service, String publicHost) {
        URI uri;
        try {
            uri = new URI(link);
        } catch (URISyntaxException e) {
            return link;
        }
        String authority = uri.getRawAuthority();
        boolean ours = authority == null || authority.equalsIgnoreCase(service.getRawAuthority()) || authority.equalsIgnoreCase(publicHost);
        String servicePath = service.getRawPath() == null ? "" : service.getRawPath();
        String path = uri.getRawPath();
        if (!ours || path == null || !path.startsWith("/") || !path.startsWith(servicePath)) {
            return link;
        }
        return Endpoints.PREFIX + path.substring(servicePath.length())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
    }

    /** Hop-by-hop headers, with those the Connection header names. */
    static Set<String> endingHere(MultiMap headers) {
        Set<String> names = new HashSet<>(HOP_BY_HOP);
        for (String connection : headers.getAll("Connection")) {
            for (String token : connection.split(",")) {
                if (!token.isBlank()) {
                    names.add(token.strip().toLowerCase(Locale.ROOT));
                }
            }
        }
        return names;
    }
}
