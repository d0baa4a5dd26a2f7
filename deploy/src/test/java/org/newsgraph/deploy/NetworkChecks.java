package org.newsgraph.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;

import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;

/**
 * Who may reach what. Everything is denied by default; only the web app and the gateway take traffic from the ingress
 * controller, the gateway also from the web app, the services only from the gateway, each database only from its owner, Kafka only from the services.
 */
final class NetworkChecks {

    private static final String INGRESS_CONTROLLER = "namespaces {kubernetes.io/metadata.name=ingress-nginx}";
    private static final String KEDA_OPERATOR =
            "pods {app=keda-operator} in namespaces {kubernetes.io/metadata.name=keda}";
    private static final String KEYCLOAK = "pods {app.kubernetes.io/instance=keycloak, "
            + "app.kubernetes.io/managed-by=keycloak-operator}";
    private static final String ANYWHERE = "anywhere";

    /** The callers each Deployment admits on its port. */
    private static final Map<String, Set<String>> CALLERS = Map.of(
            "web", Set.of(INGRESS_CONTROLLER),
            "gateway", Set.of(INGRESS_CONTROLLER, service("web")),
            "articles-service", Set.of(service("gateway")),
            "actors-service", Set.of(service("gateway")));

    /** The clients of each PostgreSQL cluster besides its own instances. */
    private static final Map<String, String> DATABASE_OWNERS = Map.of(
            "articles-db", service("articles-service"),
            "actors-db", service("actors-service"),
            "keycloak-db", KEYCLOAK);

    private static final int POSTGRES_PORT = 5432;

    private final Manifests manifests;

    NetworkChecks(Manifests manifests) {
        this.manifests = manifests;
    }

    private static String service(String name) {
        return "pods {app.kubernetes.io/name=" + name + "}";
    }

    List<String> all() {
        List<String> violations = new ArrayList<>();
        violations.addAll(defaultDeny());
        violations.addAll(deploymentCallers());
        violations.addAll(databaseClients());
        violations.addAll(kafkaClients());
        violations.addAll(keycloakClients());
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
            Set<String> expected = CALLERS.get(name);
            if (expected == null) {
                violations.add("Deployment " + name + ": no one has decided who may call it (NetworkChecks.CALLERS)");
                continue;
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
            compare("Cluster " + name + " port " + POSTGRES_PORT, Set.of(owner, "pods {cnpg.io/cluster=" + name + "}"),
                    admitted(Map.of("cnpg.io/cluster", name), POSTGRES_PORT, null), violations);
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

    private List<String> keycloakClients() {
        List<String> violations = new ArrayList<>();
        Set<String> expected = Set.of(INGRESS_CONTROLLER, service("web"), service("gateway"), service("articles-service"),
                service("actors-service"));
        for (Manifests.CustomResource keycloak : manifests.custom("Keycloak")) {
            if (!keycloak.at("/spec/networkPolicy/enabled").asBoolean(true)) {
                violations.add("Keycloak " + keycloak.name() + ": its operator makes no NetworkPolicy");
            }
            compare("Keycloak " + keycloak.name() + " HTTP", expected, peers(keycloak.at("/spec/networkPolicy/http")),
                    violations);
        }
        return violations;
    }

    /** Egress stays narrow: no rule of a Deployment's own lets it send to any address. */
    private List<String> deploymentDestinations() {
        List<String> violations = new ArrayList<>();
        for (Deployment deployment : manifests.all(Deployment.class)) {
            for (NetworkPolicy policy : selecting(Manifests.podLabels(deployment), "Egress")) {
                for (NetworkPolicyEgressRule rule : Manifests.orEmpty(policy.getSpec().getEgress())) {
                    if (isNullOrEmpty(rule.getTo())) {
                        violations.add("NetworkPolicy " + policy.getMetadata().getName() + ": lets Deployment "
                                + deployment.getMetadata().getName() + " send anywhere");
                    }
                }
            }
        }
        return violations;
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

    private static void compare(String where, Set<String> expected, Set<String> actual, List<String> violations) {
        for (String source : actual) {
            if (!expected.contains(source)) {
                violations.add(where + ": admits " + source + ", beyond the design");
            }
        }
        for (String source : new TreeSet<>(expected)) {
            if (!actual.contains(source)) {
                violations.add(where + ": does not admit " + source);
            }
        }
    }
}
