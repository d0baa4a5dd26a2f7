package org.newsgraph.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Keycloak from org.keycloak:keycloak-quarkus-dist in development mode, with the development realm imported. */
public final class Keycloak implements Component {

    public static final String REALM = "newsgraph";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final StackLayout layout;
    private final int port;
    private final LocalProcess process;

    public Keycloak(StackLayout layout, int port) {
        this.layout = layout;
        this.port = port;
        this.process = new LocalProcess(name(), "TERM", layout.state(name()));
    }

    @Override
    public String name() {
        return "keycloak";
    }

    /** Tokens carry this issuer whichever address they were requested at. */
    public String realmUrl() {
        return "http://localhost:" + port + "/realms/" + REALM;
    }

    public String tokenEndpoint() {
        return realmUrl() + "/protocol/openid-connect/token";
    }

    @Override
    public synchronized void start() {
        if (isRunning() && servesRealm()) {
            return;
        }
        process.endLeftover();
        Path server = layout.state(name()).resolve("server-" + Artifacts.value("keycloak.version"));
        Archives.unpackTarGz(Artifacts.file("keycloak.dist"), server, 1);
        writeRealm(server.resolve("data/import/" + REALM + "-realm.json"));
        ProcessHandle keycloak = process.start(List.of(server.resolve("bin/kc.sh").toString(), "start-dev",
                        "--http-host=127.0.0.1", "--http-port=" + port, "--hostname=http://localhost:" + port,
                        "--import-realm", "--cache=local"),
                server,
                Map.of("JAVA_HOME", System.getProperty("java.home"),
                        "KC_BOOTSTRAP_ADMIN_USERNAME", "admin",
                        "KC_BOOTSTRAP_ADMIN_PASSWORD", "admin",
                        "JAVA_OPTS_KC_HEAP", "-Xms128m -Xmx768m"),
                layout.attached());
        Readiness.await(name(), Duration.ofSeconds(180), keycloak, process.logFile(), this::servesRealm);
    }

    @Override
    public synchronized void stop() {
        process.stop();
    }

    @Override
    public boolean isRunning() {
        return process.running().isPresent();
    }

    @Override
    public Map<String, String> serviceConfig() {
        return Map.of("quarkus.oidc.auth-server-url", realmUrl(),
                // The development realm's client with which an application asks whether a partner's token is active.
                "newsgraph.security.introspection.client-id", "newsgraph-services",
                "newsgraph.security.introspection.client-secret", "services-secret");
    }

    private void writeRealm(Path target) {
        try {
            Files.createDirectories(target.getParent());
            Files.writeString(target, DevelopmentRealm.json());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean servesRealm() {
        HttpRequest discovery = HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/realms/" + REALM + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(3)).build();
        try {
            return HTTP.send(discovery, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
