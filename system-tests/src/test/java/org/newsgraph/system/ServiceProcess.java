package org.newsgraph.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.newsgraph.devstack.FreePorts;

/** One built service, run as a real process the way ./newsgraph runs it, on a free loopback port. */
final class ServiceProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final String name;
    private final int port;
    private final Map<String, String> config;
    private final Path log;
    private Process process;
    private Duration lastStartup;

    ServiceProcess(String name, Map<String, String> config) {
        this(name, name, config);
    }

    /** @param instance names this replica's log, when the service runs more than once */
    ServiceProcess(String name, String instance, Map<String, String> config) {
        this.name = name;
        this.port = FreePorts.pick();
        this.config = Map.copyOf(config);
        this.log = Path.of("target", instance + ".log");
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    Duration lastStartup() {
        return lastStartup;
    }

    long pid() {
        return process.pid();
    }

    /** Starts the service and waits until it says it is ready. */
    ServiceProcess start() {
        Path jar = Path.of(System.getProperty("newsgraph.root", ".."), name, "target", "quarkus-app", "quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing; build the services first");
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.port=" + port));
        config.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-jar", jar.toString()));
        try {
            Files.createDirectories(log.getParent());
            Instant started = Instant.now();
            process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            awaitReady(Duration.ofSeconds(90));
            lastStartup = Duration.between(started, Instant.now());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Ends the process without letting it shut down cleanly, as a crash or an OOM kill would. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    boolean isReady() {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "/q/health/ready")).timeout(Duration.ofSeconds(2)).build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited during start-up; see " + log.toAbsolutePath());
            }
            if (isReady()) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException(name + " was not ready within " + timeout + "; see " + log.toAbsolutePath());
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }
}
