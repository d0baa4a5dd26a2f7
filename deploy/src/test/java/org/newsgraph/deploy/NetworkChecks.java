package org.newsgraph.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;

/**
 * Who may reach what. Everything is denied by default; only the web app, the gateway, Keycloak and cert-manager's
 * HTTP-01 solvers take traffic from the public entry's data plane, the gateway also from the web app, the services
 * only from the gateway, each database's pooler only from its owner and the database only from its pooler, Kafka only
 * from the services. Each Deployment sends only where the design says, its spans to the collector when it traces, and
 * every pod to the DNS.
 */
final class NetworkChecks {

    private static final String KEDA_OPERATOR =
            "pods {app=keda-operator} in namespaces {kubernetes.io/metadata.name=keda}";
    private static final String KEYCLOAK = "pods {app.kubernetes.io/instance=keycloak, "
            + "app.kubernetes.io/managed-by=keycloak-operator}";
    private static final String KEYCLOAK_SERVER = "pods {app=keycloak, app.kubernetes.io/instance=keycloak}";
    /** The labels the Keycloak Operator gives the server's pods. */
    private static final Map<String, String> KEYCLOAK_SERVER_LABELS = Map.of("app", "keycloak",
            "app.kubernetes.io/instance", "keycloak", "app.kubernetes.io/managed-by", "keycloak-operator");
    private static final int KEYCLOAK_PORT = 8080;
    /** The pods cert-manager starts to answer an ACME HTTP-01 challenge, and the port they answer on. */
    private static final Map<String, String> ACME_SOLVER_LABELS = Map.of("acme.cert-manager.io/http01-solver", "true");
    private static final int ACME_SOLVER_PORT = 8089;
    private static final String KAFKA_BROKERS = "pods {strimzi.io/cluster=newsgraph, strimzi.io/kind=Kafka}";
    private static final String CLUSTER_DNS =
            "pods {k8s-app=kube-dns} in namespaces {kubernetes.io/metadata.name=kube-system}";
    private static final String ANYWHERE = "anywhere";
    /** Prometheus as kube-prometheus-stack runs it, which scrapes what the ServiceMonitors name. */
    static final String PROMETHEUS = "pods {app.kubernetes.io/name=prometheus} in namespaces "
            + "{kubernetes.io/metadata.name=monitoring}";

    /** The OpenTelemetry Collector as its Helm chart runs it, which takes the spans of the JVMs that trace. */
    static final String TRACE_COLLECTOR = "pods {app.kubernetes.io/name=opentelemetry-collector} in namespaces "
            + "{kubernetes.io/metadata.name=monitoring}";
    /** OTLP over HTTP, as the services export their spans. */
    static final int OTLP_HTTP_PORT = 4318;
    /** The Deployments whose JVMs send spans when told to (QUARKUS_OTEL_SDK_DISABLED=false); the web app has no tracer. */
    static final Set<String> TRACERS = Set.of("gateway", "articles-service", "actors-service");

    /** The callers each Deployment admits on its port, besides the public entry for those it names. */
    private static final Map<String, Set<String>> CALLERS = Map.of(
            "web", Set.of(),
            "gateway", Set.of(service("web")),
            "articles-service", Set.of(service("gateway")),
            "actors-service", Set.of(service("gateway")));

    /** What people and clients outside reach, through the public entry. */
    private static final Set<String> PUBLIC = Set.of("web", "gateway");

    /** Where each Deployment may send, besides the cluster DNS that every pod asks. */
    private static final Map<String, Set<String>> DESTINATIONS = Map.of(
            // The web app calls the public API alone, and Keycloak for the code-for-token exchange and its keys.
            "web", Set.of(port(service("gateway"), 8080), port(KEYCLOAK_SERVER, 8080)),
            "gateway", Set.of(port(service("articles-service"), 8081), port(service("actors-service"), 8082),
                    port(KEYCLOAK_SERVER, 8080)),
            "articles-service", Set.of(port(pooler("articles-db-pooler"), 5432), port(KAFKA_BROKERS, 9092),
                    port(KEYCLOAK_SERVER, 8080)),
            "actors-service", Set.of(port(pooler("actors-db-pooler"), 5432), port(KAFKA_BROKERS, 9092),
                    port(KEYCLOAK_SERVER, 8080)));

    private static final Set<String> NAME_LOOKUPS = Set.of(CLUSTER_DNS + " port 53", CLUSTER_DNS + " port 53/UDP");

    /** The clients of each PostgreSQL cluster: directly, or through the pooler in front of it. */
    private static final Map<String, String> DATABASE_OWNERS = Map.of(
            "articles-db", service("articles-service"),
            "actors-db", service("actors-service"),
            "keycloak-db", KEYCLOAK);

    private static final int POSTGRES_PORT = 5432;

    private final Manifests manifests;
    private final String publicEntry;

    NetworkChecks(Manifests manifests, Overlay overlay) {
        this.manifests = manifests;
        this.publicEntry = overlay.entry().peer();
    }

    private static String service(String name) {
        return "pods {app.kubernetes.io/name=" + name + "}";
    }

    /** A cluster's PostgreSQL instances; its poolers carry cnpg.io/cluster too, with another role. */
    private static String database(String cluster) {
        return "pods {cnpg.io/cluster=" + cluster + ", cnpg.io/podRole=instance}";
    }

    private static Map<String, String> databaseLabels(String cluster) {
        return Map.of("cnpg.io/cluster", cluster, "cnpg.io/podRole", "instance");
    }

    private static String pooler(String name) {
        return "pods {cnpg.io/poolerName=" + name + "}";
    }

    /** The labels CloudNativePG gives a pooler's PgBouncer pods. */
    private static Map<String, String> poolerLabels(String pooler, String cluster) {
        return Map.of("cnpg.io/poolerName", pooler, "cnpg.io/cluster", cluster, "cnpg.io/podRole", "pooler");
    }

    private static String port(String destination, int port) {
        return destination + " port " + port;
    }

    List<String> all() {
        List<String> violations = new ArrayList<>();
        violations.addAll(defaultDeny());
        violations.addAll(deploymentCallers());
        violations.addAll(databaseClients());
        violations.addAll(kafkaClients());
        violations.addAll(keycloakClients());
        violations.addAll(acmeSolvers());
        violations.addAll(deploymentDestinations());
        return violations;
    }

    private List<String> defaultDeny() {
        boolean present = manifests.all(NetworkPolicy.class).stream().map(NetworkPolicy::getSpec).anyMatch(spec ->
                Selectors.isEmpty(spec.getPodSelector())
                        && spec.getPolicyTypes().containsAll(List.of("Ingress", "Egress"))
                        && isNullOrEmpty(spec.getIngress()) && isNullOrEmpty(spec.getEgress()));
        return present ? List.of() : List.of("No NetworkPolicy denies all ingress and egress by default");
    }

    private static boolean isNullOrEmpty(List<?> rules) {
        return rules == null || rules.isEmpty();
    }

    private List<String> deploymentCallers() {
        List<String> violations = new ArrayList<>();
        for (Deployment deployment : manifests.all(Deployment.class)) {
            String name = deployment.getMetadata().getName();
            Set<String> designed = CALLERS.get(name);
            if (designed == null) {
                violations.add("Deployment " + name + ": no one has decided who may call it (NetworkChecks.CALLERS)");
                continue;
            }
            Set<String> expected = new TreeSet<>(designed);
            if (PUBLIC.contains(name)) {
                expected.add(publicEntry);
            }
            if (scraped(deployment)) {
                expected.add(PROMETHEUS);
            }
            for (var container : deployment.getSpec().getTemplate().getSpec().getContainers()) {
                for (ContainerPort port : Manifests.orEmpty(container.getPorts())) {
                    compare("Deployment " + name + " port " + port.getContainerPort(), expected,
                            admitted(Manifests.podLabels(deployment), port.getContainerPort(), port.getName()),
                            violations);
                }
            }
        }
        return violations;
    }

    /** Whether a ServiceMonitor names a Service of these pods: then Prometheus must reach their metrics port. */
    private boolean scraped(Deployment deployment) {
        Map<String, String> pods = Manifests.podLabels(deployment);
        return manifests.custom("ServiceMonitor").stream()
                .map(monitor -> Manifests.model(monitor.at("/spec/selector"), LabelSelector.class))
                .anyMatch(selector -> manifests.all(Service.class).stream()
                        .filter(service -> Selectors.matches(selector, service.getMetadata().getLabels()))
                        .anyMatch(service -> pods.entrySet().containsAll(service.getSpec().getSelector().entrySet())));
    }

    /**
     * Each database's instances admit one another and either its owner or, where a pooler fronts the database,
     * that pooler alone, which in turn admits the owner.
     */
    private List<String> databaseClients() {
        List<String> violations = new ArrayList<>();
        for (Manifests.CustomResource database : manifests.custom("Cluster")) {
            String name = database.name();
            String owner = DATABASE_OWNERS.get(name);
            if (owner == null) {
                violations.add("Cluster " + name
                        + ": no one has decided who may use it (NetworkChecks.DATABASE_OWNERS)");
                continue;
            }
            Set<String> clients = new TreeSet<>(Set.of(database(name)));
            List<Manifests.CustomResource> poolers = manifests.custom("Pooler").stream()
                    .filter(pooler -> name.equals(pooler.at("/spec/cluster/name").asText())).toList();
            if (poolers.isEmpty()) {
                clients.add(owner);
            }
            for (Manifests.CustomResource pooler : poolers) {
                clients.add(pooler(pooler.name()));
                compare("Pooler " + pooler.name() + " port " + POSTGRES_PORT, Set.of(owner),
                        admitted(poolerLabels(pooler.name(), name), POSTGRES_PORT, "pgbouncer"), violations);
            }
            compare("Cluster " + name + " port " + POSTGRES_PORT, clients,
                    admitted(databaseLabels(name), POSTGRES_PORT, null), violations);
        }
        return violations;
    }

    private List<String> kafkaClients() {
        List<String> violations = new ArrayList<>();
        Set<String> expected = new TreeSet<>(Set.of(service("articles-service"), service("actors-service")));
        if (!manifests.custom("ScaledObject").isEmpty()) {
            expected.add(KEDA_OPERATOR);
        }
        for (Manifests.CustomResource kafka : manifests.custom("Kafka")) {
            for (JsonNode listener : kafka.at("/spec/kafka/listeners")) {
                compare("Kafka " + kafka.name() + " listener " + listener.path("name").asText(), expected,
                        peers(listener.path("networkPolicyPeers")), violations);
            }
        }
        return violations;
    }

    /** Keycloak's server takes the callers its operator's policy names and the public entry that ours admits. */
    private List<String> keycloakClients() {
        List<String> violations = new ArrayList<>();
        Set<String> expected = Set.of(publicEntry, service("web"), service("gateway"),
                service("articles-service"), service("actors-service"));
        for (Manifests.CustomResource keycloak : manifests.custom("Keycloak")) {
            if (!keycloak.at("/spec/networkPolicy/enabled").asBoolean(true)) {
                violations.add("Keycloak " + keycloak.name() + ": its operator makes no NetworkPolicy");
            }
            Set<String> callers = peers(keycloak.at("/spec/networkPolicy/http"));
            callers.addAll(admitted(KEYCLOAK_SERVER_LABELS, KEYCLOAK_PORT, "http"));
            compare("Keycloak " + keycloak.name() + " HTTP", expected, callers, violations);
        }
        return violations;
    }

    /** cert-manager can issue a certificate over HTTP-01 only when the public entry reaches its solver pods. */
    private List<String> acmeSolvers() {
        List<String> violations = new ArrayList<>();
        compare("cert-manager's HTTP-01 solver port " + ACME_SOLVER_PORT, Set.of(publicEntry),
                admitted(ACME_SOLVER_LABELS, ACME_SOLVER_PORT, null), violations);
        return violations;
    }

    /** Egress stays narrow: each Deployment reaches what the design names, on those ports alone. */
    private List<String> deploymentDestinations() {
        List<String> violations = new ArrayList<>();
        for (Deployment deployment : manifests.all(Deployment.class)) {
            String name = deployment.getMetadata().getName();
            Set<String> designed = DESTINATIONS.get(name);
            if (designed == null) {
                violations.add("Deployment " + name
                        + ": no one has decided where it may send (NetworkChecks.DESTINATIONS)");
                continue;
            }
            Set<String> expected = new TreeSet<>(designed);
            expected.addAll(NAME_LOOKUPS);
            if (TRACERS.contains(name) && Environment.of(manifests, deployment).sendsTraces()) {
                expected.add(port(TRACE_COLLECTOR, OTLP_HTTP_PORT));
            }
            compare("Deployment " + name, Traffic.OUTGOING, expected, reachable(Manifests.podLabels(deployment)),
                    violations);
        }
        return violations;
    }

    /** Each destination and port the egress rules of the policies selecting these pods let them send to. */
    private Set<String> reachable(Map<String, String> podLabels) {
        Set<String> destinations = new TreeSet<>();
        for (NetworkPolicy policy : selecting(podLabels, "Egress")) {
            for (NetworkPolicyEgressRule rule : Manifests.orEmpty(policy.getSpec().getEgress())) {
                Set<String> peers = isNullOrEmpty(rule.getTo()) ? Set.of(ANYWHERE)
                        : rule.getTo().stream().map(Selectors::describe).collect(Collectors.toSet());
                Set<String> ports = isNullOrEmpty(rule.getPorts()) ? Set.of("any port")
                        : rule.getPorts().stream().map(NetworkChecks::describe).collect(Collectors.toSet());
                peers.forEach(peer -> ports.forEach(port -> destinations.add(peer + " " + port)));
            }
        }
        return destinations;
    }

    /** "port 8080", "port http", or "port 53/UDP": TCP unless said otherwise. */
    private static String describe(NetworkPolicyPort port) {
        String number = port.getPort() == null ? "any"
                : port.getPort().getIntVal() != null ? port.getPort().getIntVal().toString()
                : port.getPort().getStrVal();
        String protocol = port.getProtocol() == null || port.getProtocol().equals("TCP") ? "" : "/" + port.getProtocol();
        return "port " + number + protocol;
    }

    private static Set<String> peers(JsonNode peers) {
        Set<String> described = new TreeSet<>();
        if (peers.isMissingNode() || peers.isEmpty()) {
            described.add(ANYWHERE);
        }
        peers.forEach(peer -> described.add(Selectors.describe(Manifests.model(peer, NetworkPolicyPeer.class))));
        return described;
    }

    /** The sources that the NetworkPolicies selecting these pods admit on a port. */
    private Set<String> admitted(Map<String, String> podLabels, int port, String portName) {
        Set<String> sources = new TreeSet<>();
        for (NetworkPolicy policy : selecting(podLabels, "Ingress")) {
            for (NetworkPolicyIngressRule rule : Manifests.orEmpty(policy.getSpec().getIngress())) {
                if (admitsPort(rule.getPorts(), port, portName)) {
                    if (isNullOrEmpty(rule.getFrom())) {
                        sources.add(ANYWHERE);
                    } else {
                        rule.getFrom().forEach(peer -> sources.add(Selectors.describe(peer)));
                    }
                }
            }
        }
        return sources;
    }

    private List<NetworkPolicy> selecting(Map<String, String> podLabels, String policyType) {
        return manifests.all(NetworkPolicy.class).stream()
                .filter(policy -> policy.getSpec().getPolicyTypes().contains(policyType))
                .filter(policy -> Selectors.matches(policy.getSpec().getPodSelector(), podLabels))
                .toList();
    }

    private static boolean admitsPort(List<NetworkPolicyPort> ports, int port, String portName) {
        if (isNullOrEmpty(ports)) {
            return true;
        }
        return ports.stream().map(NetworkPolicyPort::getPort).anyMatch(allowed -> allowed == null
                || (allowed.getIntVal() != null ? allowed.getIntVal() == port : allowed.getStrVal().equals(portName)));
    }

    /** How a violation reads, for traffic a policy lets in or lets out. */
    private enum Traffic {
        INCOMING("admits", "does not admit"),
        OUTGOING("may send to", "cannot send to");

        private final String allowed;
        private final String refused;

        Traffic(String allowed, String refused) {
            this.allowed = allowed;
            this.refused = refused;
        }
    }

    private static void compare(String where, Set<String> expected, Set<String> actual, List<String> violations) {
        compare(where, Traffic.INCOMING, expected, actual, violations);
    }

    private static void compare(String where, Traffic traffic, Set<String> expected, Set<String> actual,
            List<String> violations) {
        for (String peer : actual) {
            if (!expected.contains(peer)) {
                violations.add(where + ": " + traffic.allowed + " " + peer + ", beyond the design");
            }
        }
        for (String peer : new TreeSet<>(expected)) {
            if (!actual.contains(peer)) {
                violations.add(where + ": " + traffic.refused + " " + peer);
            }
        }
    }
}
