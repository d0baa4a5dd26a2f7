package org.newsgraph.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

/** An Apache Kafka broker in KRaft mode (broker and controller in one JVM), from the broker's jars on Maven Central. */
public final class Kafka implements Component {

    private final StackLayout layout;
    private final int port;
    private final int controllerPort;
    private final LocalProcess process;

    public Kafka(StackLayout layout, int port, int controllerPort) {
        this.layout = layout;
        this.port = port;
        this.controllerPort = controllerPort;
        this.process = new LocalProcess(name(), "TERM", layout.state(name()));
    }

    @Override
    public String name() {
        return "kafka";
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    @Override
    public synchronized void start() {
        if (isRunning() && answersMetadata()) {
            return;
        }
        process.endLeftover();
        Path home = layout.state(name());
        Path config = writeConfig(home);
        if (!Files.exists(home.resolve("data/meta.properties"))) {
            format(config);
        }
        ProcessHandle broker = process.start(java("kafka.Kafka", config.toString()), home, Map.of(), layout.attached());
        Readiness.await(name(), Duration.ofSeconds(90), broker, process.logFile(), this::answersMetadata);
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
        return Map.of("kafka.bootstrap.servers", bootstrapServers());
    }

    private Path writeConfig(Path home) {
        Properties config = new Properties();
        config.setProperty("process.roles", "broker,controller");
        config.setProperty("node.id", "1");
        config.setProperty("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        config.setProperty("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        config.setProperty("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        config.setProperty("controller.listener.names", "CONTROLLER");
        config.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        config.setProperty("inter.broker.listener.name", "PLAINTEXT");
        config.setProperty("log.dirs", home.resolve("data").toString());
        config.setProperty("num.partitions", "3");
        config.setProperty("offsets.topic.replication.factor", "1");
        config.setProperty("offsets.topic.num.partitions", "3");
        config.setProperty("transaction.state.log.replication.factor", "1");
        config.setProperty("transaction.state.log.min.isr", "1");
        config.setProperty("share.coordinator.state.topic.replication.factor", "1");
        config.setProperty("share.coordinator.state.topic.min.isr", "1");
        config.setProperty("group.initial.rebalance.delay.ms", "0");
        config.setProperty("auto.create.topics.enable", "true");
        try {
            Files.createDirectories(home);
            Path file = home.resolve("server.properties");
            try (var out = Files.newBufferedWriter(file)) {
                config.store(out, "written by devstack at each start");
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void format(Path config) {
        try {
            Process storage = new ProcessBuilder(java("kafka.tools.StorageTool", "format",
                    "-t", clusterId(), "-c", config.toString()))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(process.logFile().toFile()))
                    .start();
            if (!storage.waitFor(60, TimeUnit.SECONDS) || storage.exitValue() != 0) {
                throw new IllegalStateException("formatting the Kafka storage failed; see " + process.logFile());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Kafka's own ids never start with a dash, which the storage tool would take for an option. */
    private static String clusterId() {
        return Uuid.randomUuid().toString();
    }

    private List<String> java(String mainClass, String... arguments) {
        var command = new ArrayList<>(List.of(Jvm.javaExecutable(), "-Xms256m", "-Xmx512m", "-XX:+UseG1GC",
                "-Dlog4j2.configurationFile=" + log4jConfig(),
                "-cp", Artifacts.value("kafka.classpath"), mainClass));
        command.addAll(List.of(arguments));
        return command;
    }

    private String log4jConfig() {
        Path file = layout.state(name()).resolve("log4j2.properties");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, """
                    rootLogger.level = INFO
                    rootLogger.appenderRef.stdout.ref = STDOUT
                    appender.stdout.type = Console
                    appender.stdout.name = STDOUT
                    appender.stdout.layout.type = PatternLayout
                    appender.stdout.layout.pattern = [%d] %p %m (%c)%n
                    logger.kafka.name = kafka
                    logger.kafka.level = INFO
                    logger.state.name = state.change.logger
                    logger.state.level = WARN
                    """);
            return file.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean answersMetadata() {
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "2000");
        properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "3000");
        try (Admin admin = Admin.create(properties)) {
            return !admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty();
        } catch (Exception e) {
            return false;
        }
    }
}
