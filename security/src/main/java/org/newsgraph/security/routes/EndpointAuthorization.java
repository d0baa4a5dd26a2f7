package org.newsgraph.security.routes;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.newsgraph.problem.ProblemException;
import org.newsgraph.problem.ProblemResponses;
import org.newsgraph.security.AccessProblems;
import org.newsgraph.security.Caller;
import org.newsgraph.security.SecurityConfig;
import org.newsgraph.security.partners.PartnerTokens;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.smallrye.common.vertx.ContextLocals;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.AsyncResult;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Admits a request only to an endpoint {@link Endpoints} declares for this service, and only for a caller with a role
 * it allows; without a token, only the open reads; a partner only while Keycloak holds its token active. Runs on every
 * request of the gateway and of every service, after the token is checked and before any route or resource, so an
 * endpoint nobody declared is refused.
 */
@ApplicationScoped
public class EndpointAuthorization {

    /** Right after Quarkus has authenticated the request. */
    public static final int PRIORITY = SecurityHandlerPriorities.AUTHORIZATION - 1;
    private static final String ROUTE = EndpointAuthorization.class.getName() + ".route";
    private static final String CALLER = EndpointAuthorization.class.getName() + ".caller";
    /** The request-context local Quarkus' HTTP metrics take a request's path template from. */
    private static final String URL_PATH_TEMPLATE = "UrlPathTemplate";

    private final Service component;
    private final Set<String> personClients;
    private final ProblemResponses problems;
    private final PartnerTokens partnerTokens;

    public EndpointAuthorization(SecurityConfig config, ProblemResponses problems, PartnerTokens partnerTokens) {
        this.component = config.component();
        this.personClients = config.personClients();
        this.problems = problems;
        this.partnerTokens = partnerTokens;
    }

    void register(@Observes Filters filters) {
        filters.register(this::admit, PRIORITY);
    }

    void registerFailures(@Observes Router router) {
        // Ahead of Quarkus' own handler, which would answer a bad token with an empty 401.
        router.route().order(Integer.MIN_VALUE).failureHandler(this::refuseInvalidToken);
    }

    /** The route a request was admitted to; empty for an open read. */
    public static Optional<Route> routeOf(RoutingContext context) {
        return Optional.ofNullable(context.get(ROUTE));
    }

    /** The caller a request to a route was admitted for. */
    public static Caller callerOf(RoutingContext context) {
        return context.get(CALLER);
    }

    private void admit(RoutingContext context) {
        SecurityIdentity identity = context.user() instanceof QuarkusHttpUser user ? user.getSecurityIdentity() : null;
        String path = context.request().path();
        HttpMethod method = context.request().method();
        boolean canonical = RequestPaths.problemWith(path).isEmpty();
        Endpoints.Lookup lookup = canonical ? Endpoints.find(component, method, path) : new Endpoints.NotFound();
        if (lookup instanceof Endpoints.Found found) {
            countUnder(found.route());
        }
        if (lookup instanceof Endpoints.Open) {
            context.next();
            return;
        }
        if (identity == null || identity.isAnonymous()) {
            problems.send(context, new AccessProblems.TokenRequired());
            return;
        }
        Caller caller = Caller.of(identity, personClients);
        ProblemException refusal = refusal(lookup, caller, method, path);
        if (refusal != null) {
            problems.send(context, refusal);
            return;
        }
        context.put(ROUTE, ((Endpoints.Found) lookup).route());
        context.put(CALLER, caller);
        if (caller.isPartner()) {
            admitPartner(context, identity, caller.partnerClientId().get());
        } else {
            context.next();
        }
    }

    /**
     * Counts the request in {@code http_server_requests} under its route's template, "/api/v1/articles/{id}", as the
     * REST layer does for its own resources: the gateway's proxy would count every article's path apart, and the
     * registry takes no new paths after its first hundred.
     */
    private void countUnder(Route route) {
        if (VertxContext.isOnDuplicatedContext()) {
            ContextLocals.put(URL_PATH_TEMPLATE, route.pathServedBy(component));
        }
    }

    /**
     * Goes on once Keycloak holds the partner's token active. The body waits meanwhile: Quarkus holds a request paused
     * until a handler reads it, as long as nobody pauses or resumes it by hand.
     */
    private void admitPartner(RoutingContext context, SecurityIdentity identity, String clientId) {
        JsonWebToken token = (JsonWebToken) identity.getPrincipal();
        Context requestContext = Vertx.currentContext();
        partnerTokens.isActive(identity.getCredential(TokenCredential.class).getToken(), clientId,
                        Instant.ofEpochSecond(token.getExpirationTime()))
                .onComplete(active -> {
                    if (requestContext == null || Vertx.currentContext() == requestContext) {
                        admitIfActive(context, clientId, active);
                    } else {
                        requestContext.runOnContext(ignored -> admitIfActive(context, clientId, active));
                    }
                });
    }

    private void admitIfActive(RoutingContext context, String clientId, AsyncResult<Boolean> active) {
        if (context.response().closed()) {
            return;
        }
        if (active.failed()) {
            problems.send(context, new AccessProblems.TokenCheckUnavailable());
        } else if (!active.result()) {
            problems.send(context, new AccessProblems.ClientDisabled(clientId));
        } else {
            context.next();
        }
    }

    /** Why a signed-in caller may not go on, or null when it may. */
    private static ProblemException refusal(Endpoints.Lookup lookup, Caller caller, HttpMethod method, String path) {
        if (lookup instanceof Endpoints.Found found) {
            return found.route().allowsAnyOf(caller.roles()) ? null
                    : new AccessProblems.Forbidden(found.route().toString(), found.route().roles());
        }
        if (lookup instanceof Endpoints.MethodNotAllowed notAllowed) {
            return new AccessProblems.MethodNotAllowed(method, path, notAllowed.allowed());
        }
        return RequestPaths.problemWith(path).<ProblemException>map(AccessProblems.PathNotCanonical::new)
                .orElseGet(() -> new AccessProblems.RouteNotFound(path));
    }

    private void refuseInvalidToken(RoutingContext context) {
        if (isAuthenticationFailure(context.failure())) {
            problems.send(context, new AccessProblems.TokenInvalid());
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
