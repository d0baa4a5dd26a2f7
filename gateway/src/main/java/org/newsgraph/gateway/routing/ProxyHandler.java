package org.newsgraph.gateway.routing;

import java.time.Duration;
import java.util.Optional;

import org.newsgraph.gateway.access.AccessControl;
import org.newsgraph.gateway.compose.ActorExpansion;
import org.newsgraph.gateway.config.GatewayConfig;
import org.newsgraph.gateway.downstream.Downstream;
import org.newsgraph.gateway.downstream.Downstreams;
import org.newsgraph.gateway.downstream.ServiceRequest;
import org.newsgraph.gateway.edge.GatewayProblems;
import org.newsgraph.problem.ProblemResponses;
import org.newsgraph.security.routes.EndpointAuthorization;
import org.newsgraph.security.routes.Endpoints;
import org.newsgraph.security.routes.Route;
import org.newsgraph.security.routes.Service;

import io.vertx.core.Context;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.streams.ReadStream;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Forwards an admitted request to its service and streams the answer back: status, end-to-end headers and body, as
 * the service sent them, problems included. Neither body is held in memory.
 */
@ApplicationScoped
public class ProxyHandler {

    /** How long the rest of a body over the limit is read and dropped before the connection is closed. */
    private static final Duration DRAINING = Duration.ofSeconds(5);

    private final Downstreams downstreams;
    private final ActorExpansion actorExpansion;
    private final ProblemResponses problems;
    private final long maxBodySize;

    public ProxyHandler(Downstreams downstreams, ActorExpansion actorExpansion, ProblemResponses problems, GatewayConfig config) {
        this.downstreams = downstreams;
        this.actorExpansion = actorExpansion;
        this.problems = problems;
        this.maxBodySize = config.maxBodySize().asLongValue();
    }

    void register(@Observes Router router) {
        router.route(Endpoints.PREFIX + "/*").order(AccessControl.ORDER + 1).handler(this::forward);
    }

    /** The path and query a service serves a public request under: the same, without {@link Endpoints#PREFIX}. */
    public static String servicePathAndQuery(RoutingContext context) {
        String query = context.request().query();
        return context.request().path().substring(Endpoints.PREFIX.length()) + (query == null ? "" : "?" + query);
    }

    private void forward(RoutingContext context) {
        Route route = EndpointAuthorization.routeOf(context).orElseThrow();
        if (route.service() == Service.GATEWAY) {
            context.next();
            return;
        }
        if (route == Endpoints.ARTICLE && context.queryParams().contains(ActorExpansion.PARAMETER)) {
            actorExpansion.respond(context);
            return;
        }
        HttpServerRequest request = context.request();
        if (declaredLength(request) > maxBodySize) {
            refuseTooLarge(context, false);
            return;
        }
        Optional<LimitedBody> body = hasBody(request, route) ? Optional.of(new LimitedBody(request, maxBodySize)) : Optional.empty();
        if (body.isPresent() && "100-continue".equalsIgnoreCase(request.getHeader(HttpHeaders.EXPECT))) {
            context.response().writeContinue();
        }
        Downstream downstream = downstreams.of(route.service());
        ServiceRequest outgoing = new ServiceRequest(request.method(), servicePathAndQuery(context),
                ForwardedHeaders.toService(request.headers(), ForwardedHeaders.Forwarding.of(context)),
                body.<ReadStream<Buffer>>map(limited -> limited));
        Context origin = Vertx.currentContext();
        downstream.send(outgoing).whenComplete((answer, failure) -> origin.runOnContext(ignored -> {
            if (failure == null) {
                relay(context, answer, downstream);
            } else if (body.map(LimitedBody::exceeded).orElse(false)) {
                // The service saw the request cut off and stored nothing.
                refuseTooLarge(context, true);
            } else {
                problems.send(context, downstream.unavailable(failure));
            }
        }));
    }

    private void relay(RoutingContext context, HttpClientResponse answer, Downstream downstream) {
        HttpServerResponse response = context.response();
        if (response.closed()) {
            answer.request().reset();
            return;
        }
        response.setStatusCode(answer.statusCode());
        ForwardedHeaders.toCaller(answer.headers(), response.headers(), downstream.url(),
                ForwardedHeaders.Forwarding.of(context).host());
        if (!response.headers().contains(HttpHeaders.CONTENT_LENGTH) && carriesBody(context.request().method(), answer.statusCode())) {
            response.setChunked(true);
        }
        answer.pipeTo(response).onFailure(broken -> answer.request().reset());
    }

    /**
     * The rest of the body may still be on its way: the connection cannot carry another request, so it ends with the
     * answer. When the caller was already sending, the rest is read and dropped for a while first, so that it is done
     * sending and reads the answer rather than a reset connection.
     *
     * @param sending whether the gateway was reading the body when it grew past the limit
     */
    private void refuseTooLarge(RoutingContext context, boolean sending) {
        HttpServerRequest request = context.request();
        Promise<Void> sent = Promise.promise();
        if (sending && !request.isEnded()) {
            long giveUp = context.vertx().setTimer(DRAINING.toMillis(), late -> sent.tryComplete());
            request.handler(dropped -> {
            }).endHandler(ended -> {
                context.vertx().cancelTimer(giveUp);
                sent.tryComplete();
            }).exceptionHandler(broken -> sent.tryComplete());
            request.resume();
        } else {
            sent.complete();
        }
        context.response().putHeader(HttpHeaders.CONNECTION, "close");
        context.response().endHandler(answered -> sent.future().onComplete(done -> request.connection().close()));
        problems.send(context, new GatewayProblems.BodyTooLarge(maxBodySize));
    }

    private static long declaredLength(HttpServerRequest request) {
        try {
            String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
            return length == null ? 0 : Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    /** Reads carry no body; anything else may, of a declared length or of none: chunked, or HTTP/2 frames. */
    private static boolean hasBody(HttpServerRequest request, Route route) {
        if (route.method() == HttpMethod.GET) {
            return false;
        }
        if (request.headers().contains(HttpHeaders.CONTENT_LENGTH)) {
            return declaredLength(request) > 0;
        }
        return request.headers().contains(HttpHeaders.TRANSFER_ENCODING) || request.version() == HttpVersion.HTTP_2;
    }

    private static boolean carriesBody(HttpMethod method, int status) {
        return method != HttpMethod.HEAD && status != 204 && status != 304 && status >= 200;
    }
}
