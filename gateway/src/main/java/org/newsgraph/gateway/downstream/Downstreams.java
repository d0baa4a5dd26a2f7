package org.newsgraph.gateway.downstream;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.newsgraph.gateway.config.GatewayConfig;
import org.newsgraph.security.routes.Service;

import io.vertx.core.Vertx;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

/** The services behind the gateway. */
@ApplicationScoped
public class Downstreams {

    private final Map<Service, Downstream> byService = new EnumMap<>(Service.class);

    public Downstreams(GatewayConfig config, Vertx vertx) {
        byService.put(Service.ARTICLES, new Downstream(Service.ARTICLES, config.services().articles(), vertx));
        byService.put(Service.ACTORS, new Downstream(Service.ACTORS, config.services().actors(), vertx));
    }

    public Downstream of(Service service) {
        Downstream downstream = byService.get(service);
        if (downstream == null) {
            throw new IllegalArgumentException(service + " is answered by the gateway itself");
        }
        return downstream;
    }

    List<Downstream> all() {
        return List.copyOf(byService.values());
    }

    @PreDestroy
    void close() {
        byService.values().forEach(Downstream::close);
    }
}
