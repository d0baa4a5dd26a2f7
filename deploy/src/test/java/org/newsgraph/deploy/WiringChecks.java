package org.newsgraph.deploy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.Gateway;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;

/** How the pieces find one another: Services, the public entry, the configuration, the Secrets. */
final class WiringChecks {

    /** Created by hand, as the README's "Deploy to Kubernetes" section tells, with these keys. */
    private static final Map<String, Set<String>> SECRETS_CREATED_BY_HAND = Map.of(
            "newsgraph-gateway-client", Set.of("client-secret"),
            "newsgraph-services-client", Set.of("client-secret"),
            "newsgraph-web-client", Set.of("redirect-uri", "origin"),
            "newsgraph-web-session", Set.of("state-secret", "session-secret"),
            "articles-service-cursor", Set.of("secret"));

    /** What CloudNativePG puts in the Secret {@code <cluster>-app} it creates for the database owner. */
    private static final Set<String> DATABASE_SECRET_KEYS =
            Set.of("username", "password", "host", "port", "dbname", "uri", "jdbc-uri", "pgpass");

    /** The web app, the gateway and Keycloak are the only public entries. */
    private static final Set<String> PUBLIC_BACKENDS = Set.of("web", "gateway", "keycloak-service");

    /**
     * What makes Quarkus build its own addresses from the public entry's X-Forwarded headers, as a service that
     * signs people in needs behind the entry that ends TLS: else the redirect URI it sends Keycloak is http.
     */
    private static final List<String> FORWARDED_HEADERS_READ = List.of(
            "quarkus.http.proxy.proxy-address-forwarding", "quarkus.http.proxy.allow-x-forwarded");

    /** Plain HTTP, which a Gateway keeps for the redirect to https and for cert-manager's HTTP-01 challenges. */
    private static final int HTTP_PORT = 80;

    private static final Pattern IN_CLUSTER_ADDRESS = Pattern.compile(
            "^(?:https?://|jdbc:postgresql://)?([a-z0-9-]+)((?:\\.[a-z0-9-]+)*):(\\d+)(/\\S*)?$");
    /** Services of other namespaces that the platform may be pointed at: what the operator installs beside it. */
    private static final Set<String> OUTSIDE_SERVICES = Set.of("opentelemetry-collector.monitoring.svc:" + NetworkChecks.OTLP_HTTP_PORT);
    private static final Pattern REALM_PATH = Pattern.compile("^/realms/([^/]+)/?$");

    private final Manifests manifests;
    private final Overlay overlay;
    private final Map<String, Set<String>> servicePorts;

    WiringChecks(Manifests manifests, Overlay overlay) {
        this.manifests = manifests;
        this.overlay = overlay;
        this.servicePorts = manifests.servicePorts();
    }

    /** Each Service selects Deployment pods and targets ports they declare. */
    List<String> services() {
        List<String> violations = new ArrayList<>();
        for (Service service : manifests.all(Service.class)) {
            String where = "Service " + service.getMetadata().getName();
            Map<String, String> selector = Objects.requireNonNullElse(service.getSpec().getSelector(), Map.of());
            List<Deployment> selected = manifests.all(Deployment.class).stream()
                    .filter(deployment -> !selector.isEmpty()
                            && Manifests.podLabels(deployment).entrySet().containsAll(selector.entrySet()))
                    .toList();
            if (selected.isEmpty()) {
                violations.add(where + ": selects no Deployment's pods");
            }
            for (ServicePort port : service.getSpec().getPorts()) {
                IntOrString target = Objects.requireNonNullElse(port.getTargetPort(), new IntOrString(port.getPort()));
                for (Deployment deployment : selected) {
                    if (deployment.getSpec().getTemplate().getSpec().getContainers().stream()
                            .noneMatch(container -> WorkloadChecks.declaresPort(container, target))) {
                        violations.add(where + ": port " + port.getPort() + " targets " + WorkloadChecks.text(target)
                                + ", which Deployment " + deployment.getMetadata().getName() + " does not declare");
                    }
                }
            }
        }
        return violations;
    }

    /** What browsers and clients need of Keycloak: the newsgraph realm's logins, tokens and keys, and static resources. */
    private static final List<String> PUBLIC_KEYCLOAK_PATHS = List.of("/realms/newsgraph", "/resources");

    /**
     * The overlay comes in the way it says, with TLS from cert-manager for every host, routes only to the public
     * entries on ports they serve, and of Keycloak only the newsgraph realm's public endpoints.
     */
    List<String> publicEntry() {
        List<String> violations = new ArrayList<>(entryKinds());
        List<HasMetadata> entries = new ArrayList<>(manifests.all(Ingress.class));
        entries.addAll(manifests.all(Gateway.class));
        for (HasMetadata entry : entries) {
            Map<String, String> annotations =
                    Objects.requireNonNullElse(entry.getMetadata().getAnnotations(), Map.of());
            if (!annotations.containsKey("cert-manager.io/cluster-issuer")
                    && !annotations.containsKey("cert-manager.io/issuer")) {
                violations.add(entry.getKind() + " " + entry.getMetadata().getName()
                        + ": no cert-manager issuer annotation");
            }
        }
        for (Gateway gateway : manifests.all(Gateway.class)) {
            if (gateway.getSpec().getListeners().stream().noneMatch(listener -> "HTTP".equals(listener.getProtocol())
                    && Integer.valueOf(HTTP_PORT).equals(listener.getPort()))) {
                violations.add("Gateway " + gateway.getMetadata().getName() + ": no HTTP listener on port " + HTTP_PORT
                        + " for the redirect to https and cert-manager's HTTP-01 challenges");
            }
        }
        PublicRoutes routes = new PublicRoutes(manifests);
        violations.addAll(routes.problems());
        Set<String> unsecured = new TreeSet<>();
        for (PublicRoutes.Route route : routes.routes()) {
            String where = route.owner() + ": " + route.address();
            if (!route.overTls()) {
                unsecured.add(route.owner() + ": host " + route.host() + " is served without TLS");
            }
            if (!servicePorts.getOrDefault(route.service(), Set.of()).contains(route.port())) {
                violations.add(where + " routes to " + route.service() + ":" + route.port()
                        + ", which no Service serves");
            } else if (!PUBLIC_BACKENDS.contains(route.service())) {
                violations.add(where + " exposes " + route.service() + ", which is not a public entry");
            } else if (route.service().startsWith("keycloak") && PUBLIC_KEYCLOAK_PATHS.stream()
                    .noneMatch(allowed -> route.path().equals(allowed) || route.path().startsWith(allowed + "/"))) {
                violations.add(where + " exposes more of Keycloak than the newsgraph realm's public endpoints ("
                        + String.join(", ", PUBLIC_KEYCLOAK_PATHS) + ")");
            }
        }
        violations.addAll(unsecured);
        return violations;
    }

    /** The entry the overlay is meant to come in through is there, and no other. */
    private List<String> entryKinds() {
        List<String> violations = new ArrayList<>();
        List<HasMetadata> gateways = new ArrayList<>(manifests.all(Gateway.class));
        List<HasMetadata> ingresses = new ArrayList<>(manifests.all(Ingress.class));
        List<HasMetadata> expected = overlay.entry() == PublicEntry.GATEWAY_API ? gateways : ingresses;
        List<HasMetadata> other = overlay.entry() == PublicEntry.GATEWAY_API ? ingresses : gateways;
        if (expected.isEmpty()) {
            violations.add("Overlay " + overlay + ": comes in through " + overlay.entry().kind()
                    + ", yet renders none");
        }
        other.forEach(object -> violations.add(object.getKind() + " " + object.getMetadata().getName()
                + ": overlay " + overlay + " comes in through " + overlay.entry().kind() + " alone"));
        return violations;
    }

    /** Every variable a service reads at startup is set, and every address it is given is one the overlay serves. */
    List<String> configuration() {
        List<String> violations = new ArrayList<>();
        PublicRoutes routes = new PublicRoutes(manifests);
        for (String service : new TreeSet<>(ServiceConfiguration.SERVICES)) {
            Optional<Deployment> deployment = manifests.named(Deployment.class, service);
            if (deployment.isEmpty()) {
                violations.add("No Deployment runs " + service);
                continue;
            }
            Environment given = Environment.of(manifests, deployment.get());
            violations.addAll(given.problems());
            Map<String, Optional<String>> environment = given.variables();
            ServiceConfiguration read = ServiceConfiguration.of(service);
            for (String variable : read.variables()) {
                if (!environment.containsKey(variable)) {
                    violations.add("Deployment " + service + ": sets no " + variable + ", which " + read.source()
                            + " reads");
                }
            }
            environment.forEach((variable, value) -> value.ifPresent(
                    text -> addresses("Deployment " + service + ": " + variable, text, violations)));
            if (read.signsPeopleIn() && routes.reach(service, Optional.empty())) {
                violations.addAll(forwardedHeadersUnread(read, environment));
            }
        }
        for (Manifests.CustomResource scaler : manifests.custom("ScaledObject")) {
            for (var trigger : scaler.at("/spec/triggers")) {
                if (trigger.path("type").asText().equals("kafka")) {
                    String servers = trigger.path("metadata").path("bootstrapServers").asText();
                    if (!servers.contains(".")) {
                        violations.add("ScaledObject " + scaler.name() + ": bootstrapServers " + servers
                                + " names no namespace, and KEDA resolves it from its own");
                    }
                    addresses("ScaledObject " + scaler.name() + ": bootstrapServers", servers, violations);
                }
            }
        }
        return violations;
    }

    private static List<String> forwardedHeadersUnread(ServiceConfiguration read,
            Map<String, Optional<String>> environment) {
        List<String> violations = new ArrayList<>();
        for (String property : FORWARDED_HEADERS_READ) {
            if (!"true".equalsIgnoreCase(read.setting(property, environment).orElse("false"))) {
                violations.add("Deployment " + read.service() + ": signs people in behind the public entry without "
                        + ServiceConfiguration.variable(property) + "=true, so the redirect URI it sends Keycloak "
                        + "is not its public https address");
            }
        }
        return violations;
    }

    /** Addresses inside the cluster (host:port, URLs) must name a Service and port the overlay brings. */
    private void addresses(String where, String value, List<String> violations) {
        String namespace = manifests.namespace();
        for (String entry : value.split(",")) {
            Matcher address = IN_CLUSTER_ADDRESS.matcher(entry.trim());
            if (!address.matches()) {
                continue;
            }
            String service = address.group(1);
            String domain = address.group(2);
            String port = address.group(3);
            if (!domain.isEmpty() && !domain.endsWith(".svc") && !domain.endsWith(".svc.cluster.local")) {
                continue;
            }
            if (OUTSIDE_SERVICES.contains(service + domain + ":" + port)) {
                continue;
            }
            if (!domain.isEmpty() && !domain.startsWith("." + namespace + ".")) {
                violations.add(where + " points at " + entry.trim() + ", outside namespace " + namespace);
            } else if (!servicePorts.getOrDefault(service, Set.of()).contains(port)) {
                violations.add(where + " points at " + service + ":" + port + ", which no Service serves");
            } else {
                realm(where, address.group(4), violations);
            }
        }
    }

    private void realm(String where, String path, List<String> violations) {
        Matcher realm = REALM_PATH.matcher(Objects.requireNonNullElse(path, ""));
        if (realm.matches() && manifests.custom("KeycloakRealmImport").stream()
                .noneMatch(realmImport -> realm.group(1).equals(realmImport.at("/spec/realm/realm").asText()))) {
            violations.add(where + " names realm " + realm.group(1) + ", which no KeycloakRealmImport creates");
        }
    }

    /** No Secret is committed with data; every Secret referred to is made by an operator or by hand, with that key. */
    List<String> secrets() {
        List<String> violations = new ArrayList<>();
        for (Secret secret : manifests.all(Secret.class)) {
            if (!Objects.requireNonNullElse(secret.getData(), Map.of()).isEmpty()
                    || !Objects.requireNonNullElse(secret.getStringData(), Map.of()).isEmpty()) {
                violations.add("Secret " + secret.getMetadata().getName() + ": carries data; create it with kubectl");
            }
        }
        Map<String, Set<String>> known = new LinkedHashMap<>(SECRETS_CREATED_BY_HAND);
        manifests.custom("Cluster").forEach(database -> known.put(database.name() + "-app", DATABASE_SECRET_KEYS));
        for (SecretReference reference : secretReferences()) {
            Set<String> keys = known.get(reference.secret());
            if (keys == null) {
                violations.add(reference.owner() + ": refers to Secret " + reference.secret()
                        + ", which neither an operator nor the README creates");
            } else if (reference.key() != null && !keys.contains(reference.key())) {
                violations.add(reference.owner() + ": refers to key " + reference.key() + " of Secret "
                        + reference.secret() + ", which has no such key");
            }
        }
        return violations;
    }

    private record SecretReference(String owner, String secret, String key) {
    }

    private List<SecretReference> secretReferences() {
        List<SecretReference> references = new ArrayList<>();
        for (Deployment deployment : manifests.all(Deployment.class)) {
            String owner = "Deployment " + deployment.getMetadata().getName();
            for (Container container : deployment.getSpec().getTemplate().getSpec().getContainers()) {
                for (EnvVar variable : Manifests.orEmpty(container.getEnv())) {
                    if (variable.getValueFrom() != null && variable.getValueFrom().getSecretKeyRef() != null) {
                        var secret = variable.getValueFrom().getSecretKeyRef();
                        references.add(new SecretReference(owner, secret.getName(), secret.getKey()));
                    }
                }
                for (EnvFromSource source : Manifests.orEmpty(container.getEnvFrom())) {
                    if (source.getSecretRef() != null) {
                        references.add(new SecretReference(owner, source.getSecretRef().getName(), null));
                    }
                }
            }
        }
        for (Manifests.CustomResource keycloak : manifests.custom("Keycloak")) {
            for (String credential : List.of("usernameSecret", "passwordSecret")) {
                var secret = keycloak.at("/spec/db/" + credential);
                references.add(new SecretReference("Keycloak " + keycloak.name(), secret.path("name").asText(),
                        secret.path("key").asText()));
            }
        }
        for (Manifests.CustomResource realmImport : manifests.custom("KeycloakRealmImport")) {
            realmImport.at("/spec/placeholders").forEach(placeholder -> references.add(new SecretReference(
                    "KeycloakRealmImport " + realmImport.name(), placeholder.at("/secret/name").asText(),
                    placeholder.at("/secret/key").asText())));
        }
        return references;
    }
}
