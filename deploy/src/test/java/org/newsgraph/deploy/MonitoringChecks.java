package org.newsgraph.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.Deployment;

/**
 * What an overlay that watches the platform must hold: in production, every JVM that traces sends its spans; every
 * service that serves metrics is scraped on a port it has, every alert says how bad it is and what it means, and every metric an alert or a dashboard panel reads is one
 * the services register in their code or one a named exporter publishes.
 */
final class MonitoringChecks {

    /** The Deployments that serve Prometheus metrics at /q/metrics. */
    static final Set<String> METRICS_SERVERS = Set.of("gateway", "articles-service", "actors-service");
    /** Metrics from elsewhere, by prefix: Prometheus, the Kafka and HTTP binders of Quarkus, cert-manager. */
    static final Set<String> EXPORTED_PREFIXES = Set.of("up", "kafka_consumer_", "http_server_requests_",
            "certmanager_certificate_");
    private static final String METRICS_PATH = "/q/metrics";
    /** A meter registered in code: Counter.builder("newsgraph.articles.filed"), meters.counter("newsgraph.dead.letters"). */
    private static final Pattern METER = Pattern.compile(
            "(?:(?:Counter|Timer|Gauge|DistributionSummary)\\.builder|\\.(?:counter|timer|gauge))\\(\\s*\"(newsgraph\\.[a-z.]+)\"");
    private static final Pattern LABEL_MATCHERS = Pattern.compile("\\{[^}]*\\}");
    private static final Pattern GROUPINGS = Pattern.compile("\\b(?:by|without|on|ignoring)\\s*\\([^)]*\\)");
    private static final Pattern RANGES = Pattern.compile("\\[[^\\]]*\\]");
    private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    private static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "bool", "offset");

    private final Manifests manifests;
    private final Overlay overlay;

    MonitoringChecks(Manifests manifests, Overlay overlay) {
        this.manifests = manifests;
        this.overlay = overlay;
    }

    /** Production is watched; another overlay may run without the Prometheus Operator, and is then not checked. */
    List<String> all() {
        if (manifests.custom("ServiceMonitor").isEmpty()) {
            return overlay.production() ? List.of("Overlay " + overlay + " is production and nothing watches it") : List.of();
        }
        List<String> violations = new ArrayList<>();
        violations.addAll(tracing());
        violations.addAll(scraping());
        violations.addAll(alerts());
        violations.addAll(metricsRead());
        return violations;
    }

    /** Production sends the spans of every JVM that traces; NetworkChecks sees that they may leave. */
    private List<String> tracing() {
        List<String> silent = manifests.all(Deployment.class).stream()
                .filter(deployment -> NetworkChecks.TRACERS.contains(deployment.getMetadata().getName()))
                .filter(deployment -> !Environment.of(manifests, deployment).sendsTraces())
                .map(deployment -> deployment.getMetadata().getName()).sorted().toList();
        return overlay.production() && !silent.isEmpty()
                ? List.of("Overlay " + overlay + " is production and " + String.join(", ", silent) + " send no traces") : List.of();
    }

    private List<String> scraping() {
        List<String> violations = new ArrayList<>();
        Set<String> scraped = new TreeSet<>();
        for (Manifests.CustomResource monitor : manifests.custom("ServiceMonitor")) {
            LabelSelector selector = Manifests.model(monitor.at("/spec/selector"), LabelSelector.class);
            List<Service> services = manifests.all(Service.class).stream()
                    .filter(service -> Selectors.matches(selector, service.getMetadata().getLabels())).toList();
            if (services.isEmpty()) {
                violations.add("ServiceMonitor " + monitor.name() + " selects no Service");
            }
            for (JsonNode endpoint : monitor.at("/spec/endpoints")) {
                String port = endpoint.path("port").asText();
                for (Service service : services) {
                    if (service.getSpec().getPorts().stream().map(ServicePort::getName).noneMatch(port::equals)) {
                        violations.add("ServiceMonitor " + monitor.name() + ": Service " + service.getMetadata().getName()
                                + " has no port named " + port);
                    }
                    scraped.add(service.getMetadata().getName());
                }
                if (!METRICS_PATH.equals(endpoint.path("path").asText())) {
                    violations.add("ServiceMonitor " + monitor.name() + " scrapes " + endpoint.path("path").asText()
                            + ", not " + METRICS_PATH);
                }
            }
        }
        for (Deployment deployment : manifests.all(Deployment.class)) {
            String name = deployment.getMetadata().getName();
            if (METRICS_SERVERS.contains(name) && !scraped.contains(name)) {
                violations.add("Deployment " + name + " serves metrics that no ServiceMonitor scrapes");
            }
        }
        return violations;
    }

    private List<String> alerts() {
        List<String> violations = new ArrayList<>();
        for (Manifests.CustomResource rules : manifests.custom("PrometheusRule")) {
            for (JsonNode group : rules.at("/spec/groups")) {
                for (JsonNode rule : group.path("rules")) {
                    String alert = rule.path("alert").asText();
                    if (alert.isEmpty()) {
                        continue;
                    }
                    for (String needed : List.of("/labels/severity", "/annotations/summary", "/annotations/description")) {
                        if (rule.at(needed).asText().isBlank()) {
                            violations.add("Alert " + alert + " has no " + needed.substring(needed.lastIndexOf('/') + 1));
                        }
                    }
                }
            }
        }
        return violations;
    }

    /** Every metric the alerts and the dashboards read exists. */
    private List<String> metricsRead() {
        Set<String> registered = registeredMeters();
        List<String> violations = new ArrayList<>();
        for (String expression : expressions()) {
            for (String metric : metricsIn(expression)) {
                boolean exported = EXPORTED_PREFIXES.stream().anyMatch(metric::startsWith);
                boolean ours = registered.stream().anyMatch(metric::startsWith);
                if (!exported && !ours) {
                    violations.add("Metric " + metric + " is neither registered by a service nor published by a named exporter");
                }
            }
        }
        return violations;
    }

    private List<String> expressions() {
        List<String> expressions = new ArrayList<>();
        for (Manifests.CustomResource rules : manifests.custom("PrometheusRule")) {
            rules.at("/spec/groups").forEach(group -> group.path("rules")
                    .forEach(rule -> expressions.add(rule.path("expr").asText())));
        }
        for (ConfigMap dashboards : manifests.all(ConfigMap.class)) {
            if (!"1".equals(Optional.ofNullable(dashboards.getMetadata().getLabels()).map(l -> l.get("grafana_dashboard")).orElse(null))) {
                continue;
            }
            for (String json : dashboards.getData().values()) {
                try {
                    new ObjectMapper().readTree(json).path("panels").forEach(panel -> panel.path("targets")
                            .forEach(target -> expressions.add(target.path("expr").asText())));
                } catch (IOException e) {
                    throw new UncheckedIOException("ConfigMap " + dashboards.getMetadata().getName() + " holds no dashboard JSON", e);
                }
            }
        }
        return expressions;
    }

    /** The metric names of a PromQL expression: what is left once labels, groupings, ranges and functions are gone. */
    static Set<String> metricsIn(String expression) {
        String bare = RANGES.matcher(GROUPINGS.matcher(LABEL_MATCHERS.matcher(expression).replaceAll(" ")).replaceAll(" "))
                .replaceAll(" ");
        Set<String> metrics = new TreeSet<>();
        Matcher names = IDENTIFIER.matcher(bare);
        while (names.find()) {
            String name = names.group();
            boolean function = bare.substring(names.end()).stripLeading().startsWith("(");
            if (!function && !KEYWORDS.contains(name)) {
                metrics.add(name);
            }
        }
        return metrics;
    }

    /** The Prometheus names of the meters the modules' code registers: "newsgraph.articles.filed" as newsgraph_articles_filed. */
    static Set<String> registeredMeters() {
        Set<String> meters = new TreeSet<>();
        try (Stream<Path> modules = Files.list(Repository.root())) {
            for (Path sources : modules.map(module -> module.resolve("src/main/java")).filter(Files::isDirectory).toList()) {
                try (Stream<Path> files = Files.walk(sources)) {
                    for (Path source : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                        Matcher meter = METER.matcher(Files.readString(source));
                        while (meter.find()) {
                            meters.add(meter.group(1).replace('.', '_'));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return meters;
    }
}
