package org.newsgraph.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.Gateway;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.Listener;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;

/**
 * cert-manager can issue the public entry's certificate: the ClusterIssuer its annotation names is one that
 * deploy/k8s/cluster creates, and where that issuer answers HTTP-01 challenges through a Gateway, it attaches to
 * the Gateway's plain HTTP listener in the Certificate's own namespace.
 */
final class IssuerChecks {

    private static final String CLUSTER_ISSUER = "cert-manager.io/cluster-issuer";

    private final Manifests overlay;
    private final Manifests cluster;

    /** {@code cluster} is what deploy/k8s/cluster renders to. */
    IssuerChecks(Manifests overlay, Manifests cluster) {
        this.overlay = overlay;
        this.cluster = cluster;
    }

    List<String> http01() {
        List<String> violations = new ArrayList<>();
        for (Ingress ingress : overlay.all(Ingress.class)) {
            issuer(ingress, violations);
        }
        for (Gateway gateway : overlay.all(Gateway.class)) {
            issuer(gateway, violations).ifPresent(issuer -> {
                for (JsonNode solver : issuer.at("/spec/acme/solvers")) {
                    JsonNode route = solver.at("/http01/gatewayHTTPRoute");
                    if (!route.isMissingNode() && !attachesToPlainHttp(route.path("parentRefs"), gateway)) {
                        violations.add("ClusterIssuer " + issuer.name() + ": its HTTP-01 solver attaches to no plain "
                                + "HTTP listener of Gateway " + gateway.getMetadata().getName()
                                + " in the Certificate's namespace");
                    }
                }
            });
        }
        return violations;
    }

    private Optional<Manifests.CustomResource> issuer(HasMetadata entry, List<String> violations) {
        String name = Objects.requireNonNullElse(entry.getMetadata().getAnnotations(), Map.<String, String>of())
                .get(CLUSTER_ISSUER);
        if (name == null) {
            return Optional.empty();
        }
        Optional<Manifests.CustomResource> issuer = cluster.custom("ClusterIssuer").stream()
                .filter(candidate -> candidate.name().equals(name)).findFirst();
        if (issuer.isEmpty()) {
            violations.add(entry.getKind() + " " + entry.getMetadata().getName() + ": names ClusterIssuer " + name
                    + ", which deploy/k8s/cluster does not create");
        }
        return issuer;
    }

    /** A parent without a namespace is the route's own, which cert-manager creates beside the Certificate. */
    private static boolean attachesToPlainHttp(JsonNode parents, Gateway gateway) {
        for (JsonNode parent : parents) {
            if (parent.path("kind").asText("Gateway").equals("Gateway") && parent.path("namespace").isMissingNode()
                    && parent.path("name").asText().equals(gateway.getMetadata().getName())
                    && gateway.getSpec().getListeners().stream()
                            .filter(listener -> listener.getName().equals(parent.path("sectionName").asText()))
                            .anyMatch(IssuerChecks::plainHttp)) {
                return true;
            }
        }
        return false;
    }

    private static boolean plainHttp(Listener listener) {
        return "HTTP".equals(listener.getProtocol()) && Integer.valueOf(80).equals(listener.getPort());
    }
}
