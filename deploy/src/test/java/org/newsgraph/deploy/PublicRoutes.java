package org.newsgraph.deploy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import io.fabric8.kubernetes.api.model.gatewayapi.v1.Gateway;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPBackendRef;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPPathMatch;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRouteMatch;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRouteRule;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.Listener;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.ParentReference;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.IngressServiceBackend;
import io.fabric8.kubernetes.api.model.networking.v1.IngressTLS;

/**
 * Every way in from outside in one form, whether an Ingress declares it or HTTPRoutes on a Gateway's listeners: a
 * route attached to no listener is a problem rather than a route.
 */
final class PublicRoutes {

    /** One path (a prefix unless an HTTPRoute says otherwise) on one public host, sent to a Service's port. */
    record Route(String owner, String host, String path, String service, String port, boolean overTls) {

        String address() {
            return host + path;
        }
    }

    private final List<Route> routes = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    PublicRoutes(Manifests manifests) {
        manifests.all(Ingress.class).forEach(this::addIngress);
        for (HTTPRoute route : manifests.all(HTTPRoute.class)) {
            addHttpRoute(route, manifests.all(Gateway.class));
        }
    }

    List<Route> routes() {
        return routes;
    }

    /** HTTPRoutes that attach to no listener of a rendered Gateway. */
    List<String> problems() {
        return problems;
    }

    /** Whether any public route sends traffic to the Service, on a host if one is given. */
    boolean reach(String service, Optional<String> host) {
        return routes.stream().anyMatch(route -> route.service().equals(service)
                && host.map(route.host()::equals).orElse(true));
    }

    private void addIngress(Ingress ingress) {
        String owner = "Ingress " + ingress.getMetadata().getName();
        Set<String> secured = new HashSet<>();
        for (IngressTLS tls : Manifests.orEmpty(ingress.getSpec().getTls())) {
            secured.addAll(tls.getHosts());
        }
        for (IngressRule rule : ingress.getSpec().getRules()) {
            for (HTTPIngressPath path : rule.getHttp().getPaths()) {
                IngressServiceBackend backend = path.getBackend().getService();
                String port = backend.getPort().getNumber() != null
                        ? backend.getPort().getNumber().toString() : backend.getPort().getName();
                routes.add(new Route(owner, rule.getHost(), path.getPath(), backend.getName(), port,
                        secured.contains(rule.getHost())));
            }
        }
    }

    private void addHttpRoute(HTTPRoute route, List<Gateway> gateways) {
        String owner = "HTTPRoute " + route.getMetadata().getName();
        List<String> hostnames = Manifests.orEmpty(route.getSpec().getHostnames());
        for (ParentReference parent : Manifests.orEmpty(route.getSpec().getParentRefs())) {
            List<Listener> listeners = listeners(parent, gateways);
            if (listeners.isEmpty()) {
                problems.add(owner + ": attaches to no listener of a rendered Gateway (" + parent.getName()
                        + (parent.getSectionName() == null ? "" : "/" + parent.getSectionName()) + ")");
            }
            for (Listener listener : listeners) {
                for (String host : hosts(listener, hostnames)) {
                    for (HTTPRouteRule rule : Manifests.orEmpty(route.getSpec().getRules())) {
                        addRule(owner, host, overTls(listener), rule);
                    }
                }
            }
        }
    }

    private void addRule(String owner, String host, boolean overTls, HTTPRouteRule rule) {
        List<String> paths = Manifests.orEmpty(rule.getMatches()).stream()
                .map(HTTPRouteMatch::getPath)
                .map(PublicRoutes::path)
                .toList();
        for (String path : paths.isEmpty() ? List.of("/") : paths) {
            for (HTTPBackendRef backend : Manifests.orEmpty(rule.getBackendRefs())) {
                routes.add(new Route(owner, host, path, backend.getName(), String.valueOf(backend.getPort()),
                        overTls));
            }
        }
    }

    /** The listeners a parent reference attaches the route to: by section name and port where it gives them. */
    private static List<Listener> listeners(ParentReference parent, List<Gateway> gateways) {
        if (!"Gateway".equals(Objects.requireNonNullElse(parent.getKind(), "Gateway"))) {
            return List.of();
        }
        return gateways.stream()
                .filter(gateway -> gateway.getMetadata().getName().equals(parent.getName()))
                .flatMap(gateway -> gateway.getSpec().getListeners().stream())
                .filter(listener -> parent.getSectionName() == null
                        || parent.getSectionName().equals(listener.getName()))
                .filter(listener -> parent.getPort() == null || parent.getPort().equals(listener.getPort()))
                .toList();
    }

    /** The hosts a route answers on a listener: the listener's hostname, narrowed by the route's own list. */
    private static List<String> hosts(Listener listener, List<String> hostnames) {
        if (listener.getHostname() == null) {
            return hostnames.isEmpty() ? List.of("*") : hostnames;
        }
        return hostnames.isEmpty() || hostnames.contains(listener.getHostname())
                ? List.of(listener.getHostname()) : List.of();
    }

    /** TLS ends at the listener under a certificate it names. */
    private static boolean overTls(Listener listener) {
        return "HTTPS".equals(listener.getProtocol()) && listener.getTls() != null
                && !"Passthrough".equals(listener.getTls().getMode())
                && !Manifests.orEmpty(listener.getTls().getCertificateRefs()).isEmpty();
    }

    /** The path as a prefix or exact path; a regular expression, marked with a leading ~, is never read as one. */
    private static String path(HTTPPathMatch path) {
        if (path == null) {
            return "/";
        }
        String value = Objects.requireNonNullElse(path.getValue(), "/");
        return "RegularExpression".equals(path.getType()) ? "~" + value : value;
    }
}
