package org.newsgraph.system;

import java.util.HashMap;
import java.util.Map;

import org.newsgraph.devstack.Devstack;

/** The whole platform for one test run: the devstack's servers and the services, started once, ended with the JVM. */
final class Platform {

    private static Platform running;

    final Devstack stack;
    final ServiceProcess articles;
    final ServiceProcess actors;
    final ServiceProcess gateway;

    private Platform() {
        stack = Devstack.forTests();
        stack.postgres().start();
        stack.kafka().start();
        stack.keycloak().start();
        articles = new ServiceProcess("articles-service", serviceConfig("articles"));
        actors = new ServiceProcess("actors-service", serviceConfig("actors"));
        Map<String, String> gatewayConfig = new HashMap<>(stack.keycloak().serviceConfig());
        gatewayConfig.put("gateway.services.articles.url", articles.baseUrl());
        gatewayConfig.put("gateway.services.actors.url", actors.baseUrl());
        gateway = new ServiceProcess("gateway", gatewayConfig);
        articles.start();
        actors.start();
        gateway.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            gateway.close();
            actors.close();
            articles.close();
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
        return config;
    }
}
