package org.newsgraph.deploy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.IngressServiceBackend;
import io.fabric8.kubernetes.api.model.networking.v1.IngressTLS;

/** How the pieces find one another: Services, the Ingress, the configuration, the Secrets. */
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
     * What makes Quarkus build its own addresses from the ingress controller's X-Forwarded headers, as a service
     * that signs people in needs behind the TLS-ending controller: else the redirect URI it sends Keycloak is http.
     */
    private static final List<Setting> FORWARDED_HEADERS_READ = List.of(
            new Setting("quarkus.http.proxy.proxy-address-forwarding", "QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING"),
            new Setting("quarkus.http.proxy.allow-x-forwarded", "QUARKUS_HTTP_PROXY_ALLOW_X_FORWARDED"));

    private record Setting(String property, String variable) {
    }

    private static final Pattern IN_CLUSTER_ADDRESS = Pattern.compile(
            "^(?:https?://)?([a-z0-9-]+)((?:\\.[a-z0-9-]+)*):(\\d+)(/\\S*)?$");
    private static final Pattern REALM_PATH = Pattern.compile("^/realms/([^/]+)/?$");

    private final Manifests manifests;
    private final Map<String, Set<String>> servicePorts;

    WiringChecks(Manifests manifests) {
        this.manifests = manifests;
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

    /** TLS from cert-manager for every host, and routes only to the public entries, on ports they serve. */
    List<String> ingresses() {
        List<String> violations = new ArrayList<>();
        for (Ingress ingress : manifests.all(Ingress.class)) {
            String where = "Ingress " + ingress.getMetadata().getName();
            Map<String, String> annotations =
                    Objects.requireNonNullElse(ingress.getMetadata().getAnnotations(), Map.of());
            if (!annotations.containsKey("cert-manager.io/cluster-issuer")
                    && !annotations.containsKey("cert-manager.io/issuer")) {
                violations.add(where + ": no cert-manager issuer annotation");
            }
            Set<String> secured = new HashSet<>();
            for (IngressTLS tls : Manifests.orEmpty(ingress.getSpec().getTls())) {
                secured.addAll(tls.getHosts());
            }
            for (IngressRule rule : ingress.getSpec().getRules()) {
                if (!secured.contains(rule.getHost())) {
                    violations.add(where + ": host " + rule.getHost() + " is served without TLS");
                }
                for (HTTPIngressPath path : rule.getHttp().getPaths()) {
                    IngressServiceBackend backend = path.getBackend().getService();
                    String route = rule.getHost() + path.getPath();
                    String port = backend.getPort().getNumber() != null
                            ? backend.getPort().getNumber().toString() : backend.getPort().getName();
                    if (!servicePorts.getOrDefault(backend.getName(), Set.of()).contains(port)) {
                        violations.add(where + ": " + route + " routes to " + backend.getName() + ":" + port
                                + ", which no Service serves");
                    } else if (!PUBLIC_BACKENDS.contains(backend.getName())) {
                        violations.add(where + ": " + route + " exposes " + backend.getName()
                                + ", which is not a public entry");
                    } else if (backend.getName().startsWith("keycloak") && PUBLIC_KEYCLOAK_PATHS.stream()
                            .noneMatch(allowed -> path.getPath().equals(allowed) || path.getPath().startsWith(allowed + "/"))) {
                        violations.add(where + ": " + route + " exposes more of Keycloak than the newsgraph realm's "
                                + "public endpoints (" + String.join(", ", PUBLIC_KEYCLOAK_PATHS) + ")");
                    }
                }
            }
        }
        return violations;
    }

    /** Every variable a service reads at startup is set, and every address it is given is one the overlay serves. */
    List<String> configuration() {
        List<String> violations = new ArrayList<>();
        for (String service : new TreeSet<>(ServiceConfiguration.SERVICES)) {
            Optional<Deployment> deployment = manifests.named(Deployment.class, service);
            if (deployment.isEmpty()) {
                violations.add("No Deployment runs " + service);
                continue;
            }
            Map<String, Optional<String>> environment = environment(deployment.get(), violations);
            ServiceConfiguration read = ServiceConfiguration.of(service);
            for (String variable : read.variables()) {
                if (!environment.containsKey(variable)) {
                    violations.add("Deployment " + service + ": sets no " + variable + ", which " + read.source()
                            + " reads");
                }
            }
            environment.forEach((variable, value) -> value.ifPresent(
                    text -> addresses("Deployment " + service + ": " + variable, text, violations)));
            if (read.signsPeopleIn() && routedByIngress(service)) {
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
        for (Setting setting : FORWARDED_HEADERS_READ) {
            String value = environment.getOrDefault(setting.variable(), Optional.empty())
                    .orElse(read.settings().get(setting.property()));
            if (!"true".equalsIgnoreCase(value)) {
                violations.add("Deployment " + read.service() + ": signs people in behind the Ingress without "
                        + setting.variable() + "=true, so the redirect URI it sends Keycloak is not "
                        + "its public https address");
            }
        }
        return violations;
    }

    private boolean routedByIngress(String service) {
        return manifests.all(Ingress.class).stream()
                .flatMap(ingress -> ingress.getSpec().getRules().stream())
                .flatMap(rule -> rule.getHttp().getPaths().stream())
                .anyMatch(path -> path.getBackend().getService().getName().equals(service));
    }

    /** The variables of the service's container, with their values where the overlay holds them (not Secrets'). */
    private Map<String, Optional<String>> environment(Deployment deployment, List<String> violations) {
        String where = "Deployment " + deployment.getMetadata().getName();
        Container container = deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
        Map<String, Optional<String>> environment = new LinkedHashMap<>();
        for (EnvFromSource source : Manifests.orEmpty(container.getEnvFrom())) {
            if (source.getConfigMapRef() != null) {
                String prefix = Objects.requireNonNullElse(source.getPrefix(), "");
                configMap(where, source.getConfigMapRef().getName(), violations).ifPresent(map ->
                        map.forEach((key, value) -> environment.put(prefix + key, Optional.of(value))));
            }
        }
        for (EnvVar variable : Manifests.orEmpty(container.getEnv())) {
            Optional<String> value = Optional.ofNullable(variable.getValue());
            var configMapKey = variable.getValueFrom() == null ? null : variable.getValueFrom().getConfigMapKeyRef();
            if (configMapKey != null) {
                value = configMap(where, configMapKey.getName(), violations)
                        .map(map -> map.get(configMapKey.getKey()));
                if (value.isEmpty()) {
                    violations.add(where + ": " + variable.getName() + " reads key " + configMapKey.getKey()
                            + " of ConfigMap " + configMapKey.getName() + ", which has no such key");
                }
            }
            environment.put(variable.getName(), value);
        }
        return environment;
    }

    private Optional<Map<String, String>> configMap(String where, String name, List<String> violations) {
        Optional<ConfigMap> configMap = manifests.named(ConfigMap.class, name);
        if (configMap.isEmpty()) {
            violations.add(where + ": refers to ConfigMap " + name + ", which the overlay does not render");
        }
        return configMap.map(map -> Objects.requireNonNullElse(map.getData(), Map.of()));
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
