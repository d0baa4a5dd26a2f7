package org.newsgraph.problem;

import java.util.UUID;
import java.util.regex.Pattern;

import org.jboss.logging.MDC;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Gives every request an X-Request-Id: the caller's when it is a plain token, a new one otherwise. It is echoed in the
 * answer and is in the logging context while the request is handled, so that every log line of the request carries it
 * ({@code %X{requestId}} in the log format); the gateway sends it on to the services, so one id follows a request
 * through every log.
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    /** The logging context key. */
    public static final String LOGGED_AS = "requestId";
    /** Before any other filter, so that every answer and every log line has the id. */
    public static final int PRIORITY = SecurityHandlerPriorities.CORS + 20;
    private static final String KEY = RequestIds.class.getName();
    /** Anything else could forge log lines, name files or smuggle headers, so it is replaced rather than passed on. */
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    void register(@Observes Filters filters) {
        filters.register(this::assign, PRIORITY);
    }

    /** The id of the request being handled. */
    public static String of(RoutingContext context) {
        return context.get(KEY);
    }

    public static String acceptOrCreate(String offered) {
        return offered != null && ACCEPTED.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
    }

    private void assign(RoutingContext context) {
        String id = acceptOrCreate(context.request().getHeader(HEADER));
        context.put(KEY, id);
        context.response().putHeader(HEADER, id);
        MDC.put(LOGGED_AS, id);
        context.addEndHandler(ended -> MDC.remove(LOGGED_AS));
        context.next();
    }
}
