package org.newsgraph.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** The three servers of one stack: PostgreSQL with the services' databases, Kafka and Keycloak. */
public final class Devstack {

    public static final List<String> DATABASES = List.of("articles", "actors");

    private static final String TEST_STACK_PORTS = "newsgraph.devstack.test-stack-ports";

    private static Devstack forTests;

    private final Postgres postgres;
    private final Kafka kafka;
    private final Keycloak keycloak;

    public Devstack(StackLayout layout, Ports ports) {
        this.postgres = new Postgres(layout, ports.postgres(), DATABASES);
        this.kafka = new Kafka(layout, ports.kafka(), ports.kafkaController());
        this.keycloak = new Keycloak(layout, ports.keycloak());
    }

    /** Fixed ports of the stack that ./newsgraph up runs. */
    public record Ports(int postgres, int kafka, int kafkaController, int keycloak) {

        public static final Ports LOCAL = new Ports(15432, 19092, 19093, 8180);

        static Ports free() {
            return new Ports(FreePorts.pick(), FreePorts.pick(), FreePorts.pick(), FreePorts.pick());
        }

        String format() {
            return postgres + "," + kafka + "," + kafkaController + "," + keycloak;
        }

        static Ports parse(String formatted) {
            int[] port = Arrays.stream(formatted.split(",")).mapToInt(Integer::parseInt).toArray();
            return new Ports(port[0], port[1], port[2], port[3]);
        }
    }

    /**
     * One stack per test JVM, on free ports, state under the module's target folder; it ends with the JVM.
     * Each run starts from empty servers. Distributions are unpacked once into {@code newsgraph.devstack.dist}.
     * A test profile restarts Quarkus in a new class loader, where this class starts over: the ports, kept in a
     * system property, let it adopt the stack the first application started instead of wiping it.
     */
    public static synchronized Devstack forTests() {
        if (forTests == null) {
            Path state = Path.of("target", "devstack");
            Path dist = Path.of(System.getProperty("newsgraph.devstack.dist", "target/devstack-dist"));
            StackLayout layout = new StackLayout(state, dist, true);
            String started = System.getProperty(TEST_STACK_PORTS);
            if (started != null) {
                forTests = new Devstack(layout, Ports.parse(started));
            } else {
                Ports ports = Ports.free();
                forTests = new Devstack(layout, ports);
                forTests.components().forEach(Component::stop);
                try {
                    Archives.deleteTree(state);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                Runtime.getRuntime().addShutdownHook(new Thread(forTests::stopAll, "devstack-stop"));
                System.setProperty(TEST_STACK_PORTS, ports.format());
            }
        }
        return forTests;
    }

    public Postgres postgres() {
        return postgres;
    }

    public Kafka kafka() {
        return kafka;
    }

    public Keycloak keycloak() {
        return keycloak;
    }

    public List<Component> components() {
        return List.of(postgres, kafka, keycloak);
    }

    public void stopAll() {
        stopOrder(components()).forEach(Component::stop);
    }

    /** Dependents first: Keycloak and Kafka before the database. */
    static List<Component> stopOrder(List<Component> components) {
        List<Component> order = new java.util.ArrayList<>(components);
        java.util.Collections.reverse(order);
        return order;
    }
}
