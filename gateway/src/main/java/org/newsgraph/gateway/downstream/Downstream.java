package org.newsgraph.gateway.downstream;

import java.net.URI;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.newsgraph.gateway.config.GatewayConfig;
import org.newsgraph.gateway.edge.GatewayProblems;
import org.newsgraph.security.routes.Service;
import org.newsgraph.problem.ProblemException;

import io.smallrye.faulttolerance.api.TypedGuard;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.streams.ReadStream;
import jakarta.enterprise.util.TypeLiteral;

/**
 * One service behind the gateway: a connection pool, and one guard around every call to it, proxied or composed, so that
 * the circuit breaker sees all the traffic. A call has a time limit for the service to start answering; a GET that could
 * not reach the service is tried again; when too many calls fail, the breaker refuses calls for a while instead of letting
 * them wait.
 */
public final class Downstream {

    private static final Duration RETRY_DELAY = Duration.ofMillis(100);
    /** Vert.x closes a connection that stays silent this much longer than the guard waits, so an abandoned call frees it. */
    private static final Duration IDLE_MARGIN = Duration.ofSeconds(1);
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);

    private final Service service;
    private final URI url;
    private final Duration timeout;
    private final Duration breakerDelay;
    private final HttpClient client;
    private final TypedGuard<CompletionStage<HttpClientResponse>> guard;

    Downstream(Service service, GatewayConfig.Service config, Vertx vertx) {
        this.service = service;
        this.url = withoutTrailingSlash(config.url());
        this.timeout = config.timeout();
        this.breakerDelay = config.circuitBreaker().delay();
        this.client = vertx.createHttpClient(
                new HttpClientOptions().setKeepAlive(true).setConnectTimeout((int) Math.min(timeout.toMillis(), Integer.MAX_VALUE)),
                new PoolOptions().setHttp1MaxSize(config.maxConnections()));
        this.guard = TypedGuard.create(new TypeLiteral<CompletionStage<HttpClientResponse>>() {
        })
                .withDescription(service.displayName())
                .withThreadOffload(false)
                .withRetry()
                .maxRetries(config.readRetries())
                .delay(RETRY_DELAY.toMillis(), ChronoUnit.MILLIS)
                .whenException(failure -> failure instanceof ServiceUnreachable unreachable && unreachable.retryable())
                .done()
                .withCircuitBreaker()
                .name(service.displayName())
                // The caller's failure, such as a body over the limit, says nothing of the service's health.
                .skipOn(ProblemException.class)
                .requestVolumeThreshold(config.circuitBreaker().requestVolumeThreshold())
                .failureRatio(config.circuitBreaker().failureRatio())
                .delay(breakerDelay.toMillis(), ChronoUnit.MILLIS)
                .done()
                .withTimeout()
                .duration(timeout.toMillis(), ChronoUnit.MILLIS)
                .done()
                .build();
    }

    public Service service() {
        return service;
    }

    public URI url() {
        return url;
    }

    /** Sends a request through the guard. The answer comes back paused: whoever receives it reads or pipes its body. */
    public CompletionStage<HttpClientResponse> send(ServiceRequest request) {
        return guard.get(() -> attempt(request));
    }

    /** Sends a request and reads the whole answer. */
    public CompletionStage<BufferedAnswer> exchange(ServiceRequest request) {
        return send(request).thenCompose(answer -> {
            Future<BufferedAnswer> whole = answer.body().map(body -> new BufferedAnswer(answer.statusCode(), answer.headers(), body));
            answer.resume();
            return whole.toCompletionStage();
        });
    }

    /** Asks the service's readiness endpoint directly, past the guard, so that probing never trips the breaker. */
    Future<Integer> probe() {
        return client.request(new RequestOptions().setMethod(HttpMethod.GET).setAbsoluteURI(url + "/q/health/ready")
                        .setIdleTimeout(PROBE_TIMEOUT.toMillis()))
                .compose(request -> request.send())
                .compose(answer -> answer.body().map(ignored -> answer.statusCode()));
    }

    /** The problem a caller gets when a call failed. */
    public ProblemException unavailable(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof CircuitBreakerOpenException) {
            return new GatewayProblems.ServiceUnavailable(service.displayName(),
                    "failed repeatedly and is given " + breakerDelay.toSeconds() + " s to recover");
        }
        if (cause instanceof TimeoutException) {
            return new GatewayProblems.ServiceUnavailable(service.displayName(), "did not answer within " + timeout.toMillis() + " ms");
        }
        return new GatewayProblems.ServiceUnavailable(service.displayName(), "could not be reached");
    }

    void close() {
        client.close();
    }

    private CompletionStage<HttpClientResponse> attempt(ServiceRequest request) {
        RequestOptions options = new RequestOptions()
                .setMethod(request.method())
                .setAbsoluteURI(url + request.pathAndQuery())
                .setHeaders(request.headers())
                .setIdleTimeout(timeout.plus(IDLE_MARGIN).toMillis());
        return client.request(options)
                .compose(outgoing -> request.body().map(body -> stream(body, outgoing)).orElseGet(outgoing::send))
                // Paused at once, on the event loop that received it, so that no byte of the body is lost before a reader comes.
                .map(HttpClientResponse::pause)
                .recover(failure -> Future.failedFuture(failure instanceof ProblemException caller ? caller
                        : new ServiceUnreachable(service, request.isRead(), failure)))
                .toCompletionStage();
    }

    /**
     * Streams a body to the service as it arrives. A body that fails on the way, such as one that grows past the limit,
     * aborts the request: the service sees a request cut off and stores nothing, never a shorter body that looks whole.
     */
    private static Future<HttpClientResponse> stream(ReadStream<Buffer> body, HttpClientRequest outgoing) {
        if (!outgoing.headers().contains(HttpHeaders.CONTENT_LENGTH)) {
            outgoing.setChunked(true);
        }
        Promise<HttpClientResponse> answer = Promise.promise();
        body.pipe().endOnFailure(false).to(outgoing).onFailure(failure -> {
            answer.tryFail(failure);
            outgoing.reset(0, failure);
        });
        outgoing.response().onComplete(response -> {
            if (response.succeeded()) {
                answer.tryComplete(response.result());
            } else {
                answer.tryFail(response.cause());
            }
        });
        return answer.future();
    }

    private static URI withoutTrailingSlash(URI url) {
        String text = url.toString();
        return text.endsWith("/") ? URI.create(text.substring(0, text.length() - 1)) : url;
    }
}
