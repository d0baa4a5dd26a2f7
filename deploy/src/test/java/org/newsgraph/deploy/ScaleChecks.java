package org.newsgraph.deploy;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

import io.fabric8.kubernetes.api.model.apps.Deployment;

/**
 * What must still hold when every autoscaler runs its Deployment at its maximum: the connections the pods' pools
 * may open fit the poolers in front of the databases and PostgreSQL's max_connections, and no consumer group has
 * more consumers than its topic has partitions.
 */
final class ScaleChecks {

    private static final int QUARKUS_POOL_MAX_SIZE = 20;
    private static final int KEYCLOAK_POOL_MAX_SIZE = 100;
    private static final int PGBOUNCER_MAX_CLIENT_CONN = 100;
    private static final int PGBOUNCER_DEFAULT_POOL_SIZE = 20;
    private static final int POSTGRES_MAX_CONNECTIONS = 100;
    private static final int POSTGRES_SUPERUSER_RESERVED_CONNECTIONS = 3;

    private final Manifests manifests;
    private final List<Autoscaler> autoscalers;

    ScaleChecks(Manifests manifests) {
        this.manifests = manifests;
        this.autoscalers = Autoscaler.of(manifests);
    }

    /** Up to {@code replicas} pods, each opening up to {@code each} connections. */
    private record Pool(String owner, int replicas, int each) {

        int connections() {
            return replicas * each;
        }

        @Override
        public String toString() {
            return owner + " " + replicas + " × " + each;
        }
    }

    /**
     * Per pooler: every client fits each instance (the Service may send them all to one), and in session mode each
     * holds a server connection. Per database: its poolers' server connections and its direct clients stay within
     * max_connections, less the connections PostgreSQL keeps for superusers.
     */
    List<String> databaseConnections() {
        List<String> violations = new ArrayList<>();
        Map<String, List<Pool>> clients = servicePoolsByHost(violations);
        for (Manifests.CustomResource database : manifests.custom("Cluster")) {
            String name = database.name();
            List<Pool> server = new ArrayList<>();
            for (String service : List.of(name + "-rw", name + "-ro", name + "-r")) {
                server.addAll(clients.getOrDefault(service, List.of()));
            }
            for (Manifests.CustomResource keycloak : manifests.custom("Keycloak")) {
                if (keycloak.at("/spec/db/host").asText().equals(name + "-rw")) {
                    server.add(new Pool("Keycloak " + keycloak.name(), keycloak.at("/spec/instances").asInt(1),
                            keycloak.at("/spec/db/poolMaxSize").asInt(KEYCLOAK_POOL_MAX_SIZE)));
                }
            }
            for (Manifests.CustomResource pooler : manifests.custom("Pooler")) {
                if (pooler.at("/spec/cluster/name").asText().equals(name)) {
                    server.add(pooler(pooler, clients.getOrDefault(pooler.name(), List.of()), violations));
                }
            }
            JsonNode parameters = database.at("/spec/postgresql/parameters");
            int maxConnections = parameter(parameters, "max_connections", POSTGRES_MAX_CONNECTIONS);
            int reserved = parameter(parameters, "superuser_reserved_connections",
                    POSTGRES_SUPERUSER_RESERVED_CONNECTIONS) + parameter(parameters, "reserved_connections", 0);
            int opened = total(server);
            if (opened > maxConnections - reserved) {
                violations.add("Cluster " + name + ": up to " + opened + " connections at the autoscalers' maximum ("
                        + describe(server) + "), beyond max_connections " + maxConnections + " less " + reserved
                        + " reserved for superusers");
            }
        }
        return violations;
    }

    /** The pooler's bounds for its clients, and its own connections to the database as a pool of its instances. */
    private static Pool pooler(Manifests.CustomResource pooler, List<Pool> clients, List<String> violations) {
        String where = "Pooler " + pooler.name();
        JsonNode parameters = pooler.at("/spec/pgbouncer/parameters");
        int maxClients = parameter(parameters, "max_client_conn", PGBOUNCER_MAX_CLIENT_CONN);
        int poolSize = parameter(parameters, "default_pool_size", PGBOUNCER_DEFAULT_POOL_SIZE);
        int opened = total(clients);
        if (opened > maxClients) {
            violations.add(where + ": its clients open up to " + opened + " connections (" + describe(clients)
                    + "), beyond max_client_conn " + maxClients + ", which each instance must take alone");
        }
        if (pooler.at("/spec/pgbouncer/poolMode").asText("session").equals("session") && opened > poolSize) {
            violations.add(where + ": in session mode each of up to " + opened + " client connections ("
                    + describe(clients) + ") holds a server connection, beyond default_pool_size " + poolSize
                    + " of an instance");
        }
        return new Pool(where, pooler.at("/spec/instances").asInt(1),
                poolSize + parameter(parameters, "reserve_pool_size", 0));
    }

    /** The pools of the services' pods at their autoscalers' maximum, by the Service their JDBC URL names. */
    private Map<String, List<Pool>> servicePoolsByHost(List<String> violations) {
        Map<String, List<Pool>> pools = new TreeMap<>();
        for (Deployment deployment : services()) {
            String name = deployment.getMetadata().getName();
            ServiceConfiguration configuration = ServiceConfiguration.of(name);
            Map<String, Optional<String>> environment = Environment.of(manifests, deployment).variables();
            if (configuration.setting("quarkus.datasource.db-kind", environment).isEmpty()) {
                continue;
            }
            Optional<String> url = configuration.setting("quarkus.datasource.jdbc.url", environment);
            if (url.isEmpty()) {
                violations.add("Deployment " + name + ": its JDBC URL is not in the overlay (a Secret's?), so its "
                        + "connections cannot be counted against a database");
                continue;
            }
            String host = URI.create(url.get().replaceFirst("^jdbc:", "")).getHost().split("\\.")[0];
            int each = configuration.setting("quarkus.datasource.jdbc.max-size", environment)
                    .map(Integer::parseInt).orElse(QUARKUS_POOL_MAX_SIZE);
            pools.computeIfAbsent(host, key -> new ArrayList<>())
                    .add(new Pool(name, Autoscaler.mostReplicas(autoscalers, name), each));
        }
        return pools;
    }

    /**
     * For each Kafka-consuming service, its pods at the autoscalers' maximum times the consumers each runs of a
     * topic (SmallRye's concurrency times the connector's partitions) stay within the topic's partitions: a group
     * gives no partition to more than one consumer, so the rest would sit idle.
     */
    List<String> consumers() {
        List<String> violations = new ArrayList<>();
        Map<String, Integer> partitions = new TreeMap<>();
        manifests.custom("KafkaTopic").forEach(topic -> partitions.put(
                topic.at("/spec/topicName").asText(topic.name()), topic.at("/spec/partitions").asInt()));
        for (Deployment deployment : services()) {
            String name = deployment.getMetadata().getName();
            ServiceConfiguration configuration = ServiceConfiguration.of(name);
            Map<String, Optional<String>> environment = Environment.of(manifests, deployment).variables();
            Map<String, Integer> consumersPerPod = new LinkedHashMap<>();
            for (String channel : configuration.kafkaChannels()) {
                String prefix = "mp.messaging.incoming." + channel + ".";
                String topic = configuration.setting(prefix + "topic", environment).orElse(channel);
                int consumers = count(configuration, prefix + "concurrency", environment)
                        * count(configuration, prefix + "partitions", environment);
                consumersPerPod.merge(topic, consumers, Integer::sum);
            }
            int replicas = Autoscaler.mostReplicas(autoscalers, name);
            consumersPerPod.forEach((topic, consumers) -> {
                Integer available = partitions.get(topic);
                if (available == null) {
                    violations.add("Deployment " + name + ": consumes topic " + topic
                            + ", which no KafkaTopic declares");
                } else if (replicas * consumers > available) {
                    violations.add("Deployment " + name + ": up to " + replicas + " pods × " + consumers
                            + " consumers of " + topic + ", beyond its " + available + " partitions");
                }
            });
        }
        return violations;
    }

    private static int count(ServiceConfiguration configuration, String property,
            Map<String, Optional<String>> environment) {
        return configuration.setting(property, environment).map(Integer::parseInt).orElse(1);
    }

    /** The Deployments that run one of the services, whose application.properties the checks read. */
    private List<Deployment> services() {
        return manifests.all(Deployment.class).stream()
                .filter(deployment -> ServiceConfiguration.SERVICES.contains(deployment.getMetadata().getName()))
                .toList();
    }

    /** A PostgreSQL or PgBouncer parameter, which the operators take as text; its default where unset. */
    private static int parameter(JsonNode parameters, String name, int byDefault) {
        return Integer.parseInt(parameters.path(name).asText(String.valueOf(byDefault)));
    }

    private static int total(List<Pool> pools) {
        return pools.stream().mapToInt(Pool::connections).sum();
    }

    private static String describe(List<Pool> pools) {
        return pools.stream().map(Pool::toString).collect(Collectors.joining(", "));
    }
}
