package org.newsgraph.system;

import java.util.Map;

/** The newsroom web app on the platform, started once for the browser tests, ended with the JVM. */
final class Newsdesk {

    private static ServiceProcess running;

    private Newsdesk() {
    }

    static synchronized ServiceProcess get() {
        if (running == null) {
            Platform platform = Platform.get();
            running = new ServiceProcess("web", Map.of(
                    "quarkus.oidc.auth-server-url", platform.stack.keycloak().realmUrl(),
                    "quarkus.rest-client.gateway.url", platform.gateway.baseUrl())).start();
            ServiceProcess web = running;
            Runtime.getRuntime().addShutdownHook(new Thread(web::close, "web-stop"));
        }
        return running;
    }
}
