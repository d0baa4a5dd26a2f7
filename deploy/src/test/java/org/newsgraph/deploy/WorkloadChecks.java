package org.newsgraph.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.fabric8.kubernetes.api.model.Capabilities;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.SeccompProfile;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

/** How each Deployment runs: health, resources, privileges, images, and what guards and scales it. */
final class WorkloadChecks {

    /** A probe a container must have, on the Quarkus health endpoint it asks. */
    private record ProbeKind(String name, Function<Container, Probe> of, String path) {
    }

    private static final List<ProbeKind> PROBES = List.of(
            new ProbeKind("startupProbe", Container::getStartupProbe, "/q/health/started"),
            new ProbeKind("livenessProbe", Container::getLivenessProbe, "/q/health/live"),
            new ProbeKind("readinessProbe", Container::getReadinessProbe, "/q/health/ready"));
    private static final String WRITABLE_DIRECTORY = "/tmp";
    private static final int PRODUCTION_MINIMUM_REPLICAS = 2;
    /** Longer than a full GC pause or a busy node may keep a healthy JVM from answering. */
    private static final int PROBE_TIMEOUT_SECONDS = 3;
    private static final Pattern HEAP_SHARE = Pattern.compile("-XX:MaxRAMPercentage=(\\d+)");
    private static final int LEAST_HEAP_SHARE = 50;
    private static final int MOST_HEAP_SHARE = 80;
    private static final Pattern SECONDS = Pattern.compile("(\\d+)s?");

    private final Manifests manifests;
    private final Overlay overlay;

    WorkloadChecks(Manifests manifests, Overlay overlay) {
        this.manifests = manifests;
        this.overlay = overlay;
    }

    /** Probes on the Quarkus health endpoints, requests and limits, a locked-down security context. */
    List<String> containers() {
        List<String> violations = new ArrayList<>();
        for (Deployment deployment : manifests.all(Deployment.class)) {
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            for (Container container : pod.getContainers()) {
                String where = "Deployment " + deployment.getMetadata().getName() + " container " + container.getName();
                PROBES.forEach(kind -> probe(where, container, kind, violations));
                resources(where, container, violations);
                securityContext(where, container, pod, violations);
            }
        }
        return violations;
    }

    /**
     * How each JVM lives in its container: a heap sized to the memory limit (a JVM's default is a quarter of it), an end
     * on running out of memory, probes that outlast a GC pause, and a stop that lets requests in flight finish: a
     * preStop pause while the pod leaves the Service's endpoints, then Quarkus' shutdown timeout, both within the grace
     * period.
     */
    List<String> runtime() {
        List<String> violations = new ArrayList<>();
        for (Deployment deployment : manifests.all(Deployment.class)) {
            String where = "Deployment " + deployment.getMetadata().getName();
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            Container container = pod.getContainers().get(0);
            Map<String, Optional<String>> environment = Environment.of(manifests, deployment).variables();
            String options = environment.getOrDefault("JAVA_TOOL_OPTIONS", Optional.empty()).orElse("");
            Matcher share = HEAP_SHARE.matcher(options);
            if (!share.find() || Integer.parseInt(share.group(1)) < LEAST_HEAP_SHARE || Integer.parseInt(share.group(1)) > MOST_HEAP_SHARE) {
                violations.add(where + ": JAVA_TOOL_OPTIONS gives the heap no -XX:MaxRAMPercentage from " + LEAST_HEAP_SHARE + " to "
                        + MOST_HEAP_SHARE + " of the memory limit");
            }
            if (!options.contains("-XX:+ExitOnOutOfMemoryError")) {
                violations.add(where + ": a JVM out of memory goes on running (no -XX:+ExitOnOutOfMemoryError)");
            }
            for (ProbeKind kind : PROBES) {
                Optional.ofNullable(kind.of().apply(container)).ifPresent(probe -> {
                    int timeout = Objects.requireNonNullElse(probe.getTimeoutSeconds(), 1);
                    if (timeout < PROBE_TIMEOUT_SECONDS) {
                        violations.add(where + ": " + kind.name() + " gives up after " + timeout + " s, less than a GC pause may take");
                    }
                });
            }
            long pause = Optional.ofNullable(container.getLifecycle()).map(lifecycle -> lifecycle.getPreStop())
                    .map(preStop -> preStop.getSleep()).map(sleep -> sleep.getSeconds()).orElse(0L);
            if (pause == 0) {
                violations.add(where + ": stops taking requests while the Service still sends them (no preStop sleep)");
            }
            Optional<Long> shutdown = environment.getOrDefault("QUARKUS_SHUTDOWN_TIMEOUT", Optional.empty())
                    .map(SECONDS::matcher).filter(Matcher::matches).map(seconds -> Long.parseLong(seconds.group(1)));
            if (shutdown.isEmpty()) {
                violations.add(where + ": cuts off requests in flight when it stops (no QUARKUS_SHUTDOWN_TIMEOUT in seconds)");
            }
            long grace = Objects.requireNonNullElse(pod.getTerminationGracePeriodSeconds(), 30L);
            if (grace < pause + shutdown.orElse(0L)) {
                violations.add(where + ": terminationGracePeriodSeconds " + grace + " is shorter than the preStop pause (" + pause
                        + " s) and the shutdown timeout (" + shutdown.orElse(0L) + " s)");
            }
        }
        return violations;
    }

    private static void probe(String where, Container container, ProbeKind kind, List<String> violations) {
        Probe probe = kind.of().apply(container);
        if (probe == null || probe.getHttpGet() == null || !kind.path().equals(probe.getHttpGet().getPath())) {
            violations.add(where + ": no " + kind.name() + " on " + kind.path());
        } else if (!declaresPort(container, probe.getHttpGet().getPort())) {
            violations.add(where + ": " + kind.name() + " port " + text(probe.getHttpGet().getPort())
                    + " is not a port of the container");
        }
    }

    static boolean declaresPort(Container container, IntOrString port) {
        List<ContainerPort> ports = Manifests.orEmpty(container.getPorts());
        return ports.stream().anyMatch(declared -> port.getIntVal() != null
                ? port.getIntVal().equals(declared.getContainerPort())
                : port.getStrVal().equals(declared.getName()));
    }

    static String text(IntOrString value) {
        return value.getIntVal() != null ? value.getIntVal().toString() : value.getStrVal();
    }

    private static void resources(String where, Container container, List<String> violations) {
        ResourceRequirements resources =
                Objects.requireNonNullElseGet(container.getResources(), ResourceRequirements::new);
        bounds(where, "requests", resources.getRequests(), violations);
        bounds(where, "limits", resources.getLimits(), violations);
    }

    private static void bounds(String where, String kind, Map<String, Quantity> bounds, List<String> violations) {
        for (String resource : List.of("cpu", "memory")) {
            if (bounds == null || !bounds.containsKey(resource)) {
                violations.add(where + ": sets no " + kind + "." + resource);
            }
        }
    }

    private static void securityContext(String where, Container container, PodSpec pod, List<String> violations) {
        SecurityContext own = Objects.requireNonNullElseGet(container.getSecurityContext(), SecurityContext::new);
        PodSecurityContext shared = Objects.requireNonNullElseGet(pod.getSecurityContext(), PodSecurityContext::new);
        if (!Boolean.TRUE.equals(Optional.ofNullable(own.getRunAsNonRoot()).orElse(shared.getRunAsNonRoot()))) {
            violations.add(where + ": may run as root (runAsNonRoot is not true)");
        }
        SeccompProfile seccomp = Optional.ofNullable(own.getSeccompProfile()).orElse(shared.getSeccompProfile());
        if (seccomp == null || !"RuntimeDefault".equals(seccomp.getType())) {
            violations.add(where + ": has no RuntimeDefault seccomp profile");
        }
        if (!Boolean.FALSE.equals(own.getAllowPrivilegeEscalation())) {
            violations.add(where + ": allows privilege escalation");
        }
        if (!Boolean.TRUE.equals(own.getReadOnlyRootFilesystem())) {
            violations.add(where + ": has a writable root filesystem");
        }
        Capabilities capabilities = Objects.requireNonNullElseGet(own.getCapabilities(), Capabilities::new);
        if (capabilities.getDrop() == null || !capabilities.getDrop().contains("ALL")) {
            violations.add(where + ": does not drop ALL capabilities");
        }
        if (capabilities.getAdd() != null && !capabilities.getAdd().isEmpty()) {
            violations.add(where + ": adds capabilities " + capabilities.getAdd());
        }
        if (!hasEmptyDirAt(WRITABLE_DIRECTORY, container, pod)) {
            violations.add(where + ": has no emptyDir volume at " + WRITABLE_DIRECTORY);
        }
    }

    private static boolean hasEmptyDirAt(String path, Container container, PodSpec pod) {
        List<Volume> volumes = Manifests.orEmpty(pod.getVolumes());
        return Manifests.orEmpty(container.getVolumeMounts()).stream()
                .filter(mount -> path.equals(mount.getMountPath()))
                .anyMatch(mount -> volumes.stream().anyMatch(volume -> volume.getName().equals(mount.getName())
                        && volume.getEmptyDir() != null));
    }

    /** A service account of its own that mounts no token: none of the services talks to the Kubernetes API. */
    List<String> serviceAccounts() {
        List<String> violations = new ArrayList<>();
        for (Deployment deployment : manifests.all(Deployment.class)) {
            String where = "Deployment " + deployment.getMetadata().getName();
            String name = deployment.getSpec().getTemplate().getSpec().getServiceAccountName();
            Optional<ServiceAccount> account = Optional.ofNullable(name)
                    .flatMap(accountName -> manifests.named(ServiceAccount.class, accountName));
            if (account.isEmpty()) {
                violations.add(where + ": runs as service account " + name + ", which the overlay does not render");
            } else if (!Boolean.FALSE.equals(account.get().getAutomountServiceAccountToken())) {
                violations.add(where + ": its service account " + name + " mounts an API token");
            }
        }
        return violations;
    }

    /**
     * Every container image names its version, and each of ours is one the build makes; production never runs
     * "latest".
     */
    List<String> images() {
        List<String> violations = new ArrayList<>();
        for (Deployment deployment : manifests.all(Deployment.class)) {
            for (Container container : deployment.getSpec().getTemplate().getSpec().getContainers()) {
                image("Deployment " + deployment.getMetadata().getName() + " container " + container.getName(),
                        container.getImage(), violations);
            }
        }
        for (Manifests.CustomResource database : manifests.custom("Cluster")) {
            image("Cluster " + database.name(), database.at("/spec/imageName").asText(), violations);
        }
        return violations;
    }

    private void image(String where, String image, List<String> violations) {
        String name = image.replaceFirst("@sha256:.*", "").replaceFirst(":[^:/]*$", "");
        if (name.startsWith(BuiltImages.group() + "/") && !BuiltImages.names().contains(name)) {
            violations.add(where + ": image " + name + " is none the build makes; it makes " + BuiltImages.names());
        }
        if (image.contains("@sha256:")) {
            return;
        }
        int tagStart = image.lastIndexOf(':');
        if (tagStart < image.lastIndexOf('/') + 1) {
            violations.add(where + ": image " + image + " has no tag");
        } else if (overlay.production() && image.substring(tagStart + 1).equals("latest")) {
            violations.add(where + ": image " + image + " is tagged latest");
        }
    }

    /**
     * A disruption budget, a NetworkPolicy of its own, and one autoscaler on CPU for each Deployment; in
     * production also replicas spread over nodes, never fewer than two.
     */
    List<String> guards() {
        List<String> violations = new ArrayList<>();
        List<Autoscaler> all = Autoscaler.of(manifests);
        for (Deployment deployment : manifests.all(Deployment.class)) {
            String name = deployment.getMetadata().getName();
            String where = "Deployment " + name;
            Map<String, String> labels = Manifests.podLabels(deployment);
            if (manifests.all(PodDisruptionBudget.class).stream()
                    .noneMatch(budget -> Selectors.matches(budget.getSpec().getSelector(), labels))) {
                violations.add(where + ": no PodDisruptionBudget covers its pods");
            }
            if (manifests.all(NetworkPolicy.class).stream()
                    .map(policy -> policy.getSpec().getPodSelector())
                    .noneMatch(selector -> !Selectors.isEmpty(selector) && Selectors.matches(selector, labels))) {
                violations.add(where + ": no NetworkPolicy of its own selects its pods");
            }
            List<Autoscaler> autoscalers = all.stream()
                    .filter(autoscaler -> autoscaler.deployment().equals(name)).toList();
            if (autoscalers.size() > 1) {
                violations.add(where + ": more than one autoscaler scales it");
            }
            if (autoscalers.stream().noneMatch(Autoscaler::onCpu)) {
                violations.add(where + ": no autoscaler scales it on CPU");
            }
            if (overlay.production()) {
                if (autoscalers.stream().anyMatch(autoscaler -> autoscaler.minimum() < PRODUCTION_MINIMUM_REPLICAS)) {
                    violations.add(where + ": may scale down to fewer than " + PRODUCTION_MINIMUM_REPLICAS
                            + " replicas");
                }
                spreadOverNodes(where, deployment, violations);
            }
        }
        return violations;
    }

    private void spreadOverNodes(String where, Deployment deployment, List<String> violations) {
        var constraints = Manifests.orEmpty(
                deployment.getSpec().getTemplate().getSpec().getTopologySpreadConstraints());
        if (constraints.stream().noneMatch(constraint -> "kubernetes.io/hostname".equals(constraint.getTopologyKey())
                && Selectors.matches(constraint.getLabelSelector(), Manifests.podLabels(deployment)))) {
            violations.add(where + ": its replicas are not spread over nodes (kubernetes.io/hostname)");
        }
    }
}
