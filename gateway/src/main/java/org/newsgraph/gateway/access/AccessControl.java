package org.newsgraph.gateway.access;

import java.time.Duration;
import java.util.Optional;

import org.newsgraph.gateway.edge.GatewayProblems;
import org.newsgraph.gateway.edge.ProblemResponses;
import org.newsgraph.gateway.partners.DisabledPartners;
import org.newsgraph.gateway.routing.PublicApi;
import org.newsgraph.gateway.routing.Route;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Decides, for every request to the public API, whether it goes on: a valid token, a partner that is still enabled,
 * within its rate, on a route that exists, with a role the route allows. The token itself was checked by quarkus-oidc
 * before this runs (issuer, audience, lifetime, RS256 signature).
 */
@ApplicationScoped
public class AccessControl {

    /** Routes run in this order: access first, then the proxy; the gateway's own resources after both. */
    public static final int ORDER = RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT;
    private static final String ROUTE = AccessControl.class.getName() + ".route";

    private final RateLimiter rateLimiter;
    private final DisabledPartners disabledPartners;
    private final ProblemResponses problems;

    public AccessControl(RateLimiter rateLimiter, DisabledPartners disabledPartners, ProblemResponses problems) {
        this.rateLimiter = rateLimiter;
        this.disabledPartners = disabledPartners;
        this.problems = problems;
    }

    void register(@Observes Router router) {
        router.route(PublicApi.PREFIX + "/*").order(ORDER).handler(this::admit);
        // Ahead of Quarkus' own handler, which would answer a bad token with an empty 401.
        router.route().order(Integer.MIN_VALUE).failureHandler(this::refuseInvalidToken);
    }

    /** The route a request was admitted to. */
    public static Route routeOf(RoutingContext context) {
        return context.get(ROUTE);
    }

    private void admit(RoutingContext context) {
        SecurityIdentity identity = context.user() instanceof QuarkusHttpUser user ? user.getSecurityIdentity() : null;
        if (identity == null || identity.isAnonymous()) {
            problems.send(context, new GatewayProblems.TokenRequired());
            return;
        }
        Caller caller = Caller.of(identity);
        Optional<String> disabledClient = caller.partnerClientId().filter(disabledPartners::contains);
        if (disabledClient.isPresent()) {
            problems.send(context, new GatewayProblems.ClientDisabled(disabledClient.get()));
            return;
        }
        Optional<Duration> wait = rateLimiter.admit(caller);
        if (wait.isPresent()) {
            problems.send(context, new GatewayProblems.RateLimited(wait.get()));
            return;
        }
        String path = context.normalizedPath();
        PublicApi.Lookup lookup = PublicApi.find(context.request().method(), path);
        if (lookup instanceof PublicApi.MethodNotAllowed notAllowed) {
            problems.send(context, new GatewayProblems.MethodNotAllowed(context.request().method(), path, notAllowed.allowed()));
        } else if (lookup instanceof PublicApi.Found found && found.route().allowsAnyOf(caller.roles())) {
            context.put(ROUTE, found.route());
            context.next();
        } else if (lookup instanceof PublicApi.Found found) {
            problems.send(context, new GatewayProblems.Forbidden(found.route().toString(), found.route().roles()));
        } else {
            problems.send(context, new GatewayProblems.RouteNotFound(path));
        }
    }

    private void refuseInvalidToken(RoutingContext context) {
        if (isAuthenticationFailure(context.failure())) {
            problems.send(context, new GatewayProblems.TokenInvalid());
        } else {
            context.next();
        }
    }

    private static boolean isAuthenticationFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof AuthenticationFailedException) {
                return true;
            }
        }
        return false;
    }
}
