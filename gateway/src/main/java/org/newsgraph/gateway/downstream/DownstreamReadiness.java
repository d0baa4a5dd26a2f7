package org.newsgraph.gateway.downstream;

import java.util.List;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Reports whether each service is ready and how its circuit breaker stands, without making the gateway unready: a
 * gateway taken out of rotation because one service is down would take the other service's routes down with it, while
 * the routes of the service that is down already answer 503 at once.
 */
@Readiness
@ApplicationScoped
public class DownstreamReadiness implements AsyncHealthCheck {

    private final Downstreams downstreams;
    private final CircuitBreakerMaintenance breakers;

    public DownstreamReadiness(Downstreams downstreams, CircuitBreakerMaintenance breakers) {
        this.downstreams = downstreams;
        this.breakers = breakers;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        List<Downstream> all = downstreams.all();
        List<Future<String>> states = all.stream()
                .map(downstream -> downstream.probe()
                        .map(status -> status == 200 ? "UP" : "DOWN (readiness answered " + status + ")")
                        .otherwise(failure -> "DOWN (" + failure.getMessage() + ")"))
                .toList();
        return Uni.createFrom().completionStage(Future.join(states).toCompletionStage()).map(ignored -> {
            HealthCheckResponseBuilder response = HealthCheckResponse.named("services").up();
            for (int i = 0; i < all.size(); i++) {
                String name = all.get(i).service().displayName();
                response.withData(name, states.get(i).result());
                response.withData(name + " circuit breaker", breakers.currentState(name).name());
            }
            return response.build();
        });
    }
}
