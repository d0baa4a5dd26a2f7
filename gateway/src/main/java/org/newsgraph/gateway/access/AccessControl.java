package org.newsgraph.gateway.access;

import java.time.Duration;
import java.util.Optional;

import org.newsgraph.gateway.edge.GatewayProblems;
import org.newsgraph.security.Caller;
import org.newsgraph.problem.ProblemResponses;
import org.newsgraph.security.routes.EndpointAuthorization;
import org.newsgraph.security.routes.Endpoints;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * What the gateway adds to the admission every service makes ({@link EndpointAuthorization}: a valid token, a declared
 * route, a role it allows, a partner Keycloak still holds active): a caller within its rate.
 */
@ApplicationScoped
public class AccessControl {

    /** Routes run in this order: access first, then the proxy; the gateway's own resources after both. */
    public static final int ORDER = RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT;

    private final RateLimiter rateLimiter;
    private final ProblemResponses problems;

    public AccessControl(RateLimiter rateLimiter, ProblemResponses problems) {
        this.rateLimiter = rateLimiter;
        this.problems = problems;
    }

    void register(@Observes Router router) {
        router.route(Endpoints.PREFIX + "/*").order(ORDER).handler(this::admit);
    }

    private void admit(RoutingContext context) {
        Caller caller = EndpointAuthorization.callerOf(context);
        Optional<Duration> wait = rateLimiter.admit(caller);
        if (wait.isPresent()) {
            problems.send(context, new GatewayProblems.RateLimited(wait.get()));
            return;
        }
        context.next();
    }
}
