package org.newsgraph.gateway.access;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.newsgraph.gateway.edge.GatewayProblems;
import org.newsgraph.gateway.partners.PartnerQuotas;
import org.newsgraph.gateway.partners.Quota;
import org.newsgraph.security.Caller;
import org.newsgraph.problem.ProblemResponses;
import org.newsgraph.security.routes.EndpointAuthorization;
import org.newsgraph.security.routes.Endpoints;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * What the gateway adds to the admission every service makes ({@link EndpointAuthorization}: a valid token, a declared
 * route, a role it allows, a partner Keycloak still holds active): a caller within its rate, and a partner within its
 * quota. Every answer to a partner says how much of its quota is left.
 */
@ApplicationScoped
public class AccessControl {

    /** Routes run in this order: access first, then the proxy; the gateway's own resources after both. */
    public static final int ORDER = RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT;

    private final RateLimiter rateLimiter;
    private final PartnerQuotas partnerQuotas;
    private final QuotaLimiter quotaLimiter;
    private final ProblemResponses problems;

    public AccessControl(RateLimiter rateLimiter, PartnerQuotas partnerQuotas, QuotaLimiter quotaLimiter, ProblemResponses problems) {
        this.rateLimiter = rateLimiter;
        this.partnerQuotas = partnerQuotas;
        this.quotaLimiter = quotaLimiter;
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
        if (caller.partnerClientId().isEmpty()) {
            context.next();
            return;
        }
        String clientId = caller.partnerClientId().get();
        CompletableFuture<Quota> quota = partnerQuotas.of(clientId);
        if (quota.isDone()) {
            admitWithin(context, clientId, quota.join());
            return;
        }
        // The body waits meanwhile, as it does while the partner's token is checked (see EndpointAuthorization).
        Context requestContext = Vertx.currentContext();
        quota.thenAccept(read -> requestContext.runOnContext(ignored -> admitWithin(context, clientId, read)));
    }

    private void admitWithin(RoutingContext context, String clientId, Quota quota) {
        if (context.response().closed()) {
            return;
        }
        QuotaReading reading = quotaLimiter.admit(clientId, quota);
        reading.addTo(context.response().headers());
        if (reading.admitted()) {
            context.next();
            return;
        }
        QuotaReading.Window spent = reading.tightest().orElseThrow();
        problems.send(context, new GatewayProblems.QuotaExceeded(clientId, spent.name(), spent.limit(), reading.retryAfter()));
    }
}
