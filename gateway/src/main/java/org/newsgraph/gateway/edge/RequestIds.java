package org.newsgraph.gateway.edge;

import java.util.UUID;
import java.util.regex.Pattern;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Gives every request an X-Request-Id: the caller's when it is a sensible one, a new one otherwise. It is sent on to the
 * services and echoed in the answer, so that one id follows a request through every log.
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    private static final String KEY = RequestIds.class.getName();
    /** Anything else could forge log lines or smuggle headers, so it is replaced rather than passed on. */
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:@/+=-]{1,128}");

    void register(@Observes Filters filters) {
        filters.register(this::assign, EdgeOrder.REQUEST_ID);
    }

    public static String of(RoutingContext context) {
        return context.get(KEY);
    }

    static String acceptOrCreate(String offered) {
        return offered != null && ACCEPTED.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
    }

    private void assign(RoutingContext context) {
        String id = acceptOrCreate(context.request().getHeader(HEADER));
        context.put(KEY, id);
        context.response().putHeader(HEADER, id);
        context.next();
    }
}
