package org.newsgraph.deploy;

/**
 * How people and clients outside the cluster come in, and the namespace whose pods carry that traffic to ours: the
 * one fact the NetworkPolicies of deploy/k8s/entry/admission and their checks share.
 */
enum PublicEntry {

    /** entry/gateway-api: a Gateway and HTTPRoutes, written for Envoy Gateway, whose proxies run in this namespace. */
    GATEWAY_API("Gateway", "envoy-gateway-system"),

    /** entry/ingress: an Ingress for ingress-nginx. */
    INGRESS("Ingress", "ingress-nginx");

    private final String kind;
    private final String controllerNamespace;

    PublicEntry(String kind, String controllerNamespace) {
        this.kind = kind;
        this.controllerNamespace = controllerNamespace;
    }

    /** The kind of object that declares the entry: Gateway or Ingress. */
    String kind() {
        return kind;
    }

    /** The data plane as a NetworkPolicy peer reads, in the words of {@link Selectors#describe}. */
    String peer() {
        return "namespaces {kubernetes.io/metadata.name=" + controllerNamespace + "}";
    }
}
