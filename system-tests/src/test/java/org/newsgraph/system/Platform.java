package org.newsgraph.system;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.newsgraph.devstack.Devstack;

/**
 * The whole platform for one test run: the devstack's servers and two replicas of every service, as production runs
 * them, started once, ended with the JVM. The replicas of a service share its database and its consumer groups, so
 * each reads part of every topic; the second gateway calls the second replicas. Every span goes to the tests'
 * trace collector.
 */
final class Platform {

    private static Platform running;

    final Devstack stack;
    final TraceCollector traces;
    final ServiceProcess articles;
    final ServiceProcess actors;
    final ServiceProcess gateway;
    final ServiceProcess articlesReplica;
    final ServiceProcess actorsReplica;
    final ServiceProcess gatewayReplica;

    private Platform() {
        stack = Devstack.forTests();
        stack.postgres().start();
        stack.kafka().start();
        stack.keycloak().start();
        traces = new TraceCollector();
        articles = new ServiceProcess("articles-service", serviceConfig("articles"));
        actors = new ServiceProcess("actors-service", serviceConfig("actors"));
        gateway = new ServiceProcess("gateway", gatewayConfig(articles, actors));
        articlesReplica = new ServiceProcess("articles-service", "articles-service-2", serviceConfig("articles"));
        actorsReplica = new ServiceProcess("actors-service", "actors-service-2", serviceConfig("actors"));
        gatewayReplica = new ServiceProcess("gateway", "gateway-2", gatewayConfig(articlesReplica, actorsReplica));
        List<ServiceProcess> services = List.of(articles, actors, articlesReplica, actorsReplica, gateway, gatewayReplica);
        services.forEach(ServiceProcess::start);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            for (int last = services.size() - 1; last >= 0; last--) {
                services.get(last).close();
            }
        }, "platform-stop"));
    }

    static synchronized Platform get() {
        if (running == null) {
            running = new Platform();
        }
        return running;
    }

    private Map<String, String> serviceConfig(String database) {
        Map<String, String> config = new HashMap<>(stack.postgres().serviceConfig(database));
        config.putAll(stack.kafka().serviceConfig());
        config.putAll(stack.keycloak().serviceConfig());
        config.putAll(tracing());
        return config;
    }

    private Map<String, String> gatewayConfig(ServiceProcess articles, ServiceProcess actors) {
        Map<String, String> config = new HashMap<>(stack.keycloak().serviceConfig());
        config.putAll(tracing());
        config.put("gateway.services.articles.url", articles.baseUrl());
        config.put("gateway.services.actors.url", actors.baseUrl());
        return config;
    }

    /** Every span to the tests' collector, soon after it ends. */
    private Map<String, String> tracing() {
        return Map.of("quarkus.otel.sdk.disabled", "false",
                "quarkus.otel.exporter.otlp.traces.endpoint", traces.endpoint(),
                "quarkus.otel.bsp.schedule.delay", "100ms");
    }
}
