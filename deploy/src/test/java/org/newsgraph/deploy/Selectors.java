package org.newsgraph.deploy;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;

/** Label selectors as the API server applies them, and network policy peers as readable text. */
final class Selectors {

    private Selectors() {
    }

    /** Whether the selector picks an object with these labels; an empty selector picks every object. */
    static boolean matches(LabelSelector selector, Map<String, String> labels) {
        if (selector == null) {
            return false;
        }
        Map<String, String> required = Objects.requireNonNullElse(selector.getMatchLabels(), Map.of());
        List<LabelSelectorRequirement> expressions =
                Manifests.orEmpty(selector.getMatchExpressions());
        return required.entrySet().stream().allMatch(label -> label.getValue().equals(labels.get(label.getKey())))
                && expressions.stream().allMatch(expression -> matches(expression, labels));
    }

    private static boolean matches(LabelSelectorRequirement expression, Map<String, String> labels) {
        String value = labels.get(expression.getKey());
        List<String> values = Manifests.orEmpty(expression.getValues());
        return switch (expression.getOperator()) {
            case "In" -> values.contains(value);
            case "NotIn" -> !values.contains(value);
            case "Exists" -> value != null;
            case "DoesNotExist" -> value == null;
            default -> throw new IllegalArgumentException("Unknown selector operator " + expression.getOperator());
        };
    }

    static boolean isEmpty(LabelSelector selector) {
        return selector == null
                || (Objects.requireNonNullElse(selector.getMatchLabels(), Map.of()).isEmpty()
                        && Manifests.orEmpty(selector.getMatchExpressions()).isEmpty());
    }

    /** A peer as text, such as "pods {app.kubernetes.io/name=gateway}" or "namespaces {…}". */
    static String describe(NetworkPolicyPeer peer) {
        if (peer.getIpBlock() != null) {
            return "addresses " + peer.getIpBlock().getCidr();
        }
        if (peer.getNamespaceSelector() == null) {
            return "pods " + describe(peer.getPodSelector());
        }
        if (peer.getPodSelector() == null) {
            return "namespaces " + describe(peer.getNamespaceSelector());
        }
        return "pods " + describe(peer.getPodSelector()) + " in namespaces " + describe(peer.getNamespaceSelector());
    }

    /** The selector's requirements, sorted: "{app=keycloak, cnpg.io/cluster Exists}". */
    static String describe(LabelSelector selector) {
        Stream<String> labels = new TreeMap<>(Objects.requireNonNullElse(selector.getMatchLabels(), Map.of()))
                .entrySet().stream().map(label -> label.getKey() + "=" + label.getValue());
        Stream<String> expressions = Manifests.orEmpty(selector.getMatchExpressions()).stream()
                .map(expression -> expression.getKey() + " " + expression.getOperator()
                        + (expression.getValues() == null || expression.getValues().isEmpty() ? ""
                                : " " + expression.getValues()));
        return Stream.concat(labels, expressions).collect(Collectors.joining(", ", "{", "}"));
    }
}
