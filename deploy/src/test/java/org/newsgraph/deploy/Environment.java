package org.newsgraph.deploy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.apps.Deployment;

/**
 * The variables a Deployment gives its container, with their values where the overlay holds them (a Secret's are
 * empty), and the ConfigMaps or keys it names that the overlay does not render.
 */
record Environment(Map<String, Optional<String>> variables, List<String> problems) {

    static Environment of(Manifests manifests, Deployment deployment) {
        String where = "Deployment " + deployment.getMetadata().getName();
        Container container = deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
        Map<String, Optional<String>> variables = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (EnvFromSource source : Manifests.orEmpty(container.getEnvFrom())) {
            if (source.getConfigMapRef() != null) {
                String prefix = Objects.requireNonNullElse(source.getPrefix(), "");
                configMap(manifests, where, source.getConfigMapRef().getName(), problems).ifPresent(map ->
                        map.forEach((key, value) -> variables.put(prefix + key, Optional.of(value))));
            }
        }
        for (EnvVar variable : Manifests.orEmpty(container.getEnv())) {
            Optional<String> value = Optional.ofNullable(variable.getValue());
            var configMapKey = variable.getValueFrom() == null ? null : variable.getValueFrom().getConfigMapKeyRef();
            if (configMapKey != null) {
                value = configMap(manifests, where, configMapKey.getName(), problems)
                        .map(map -> map.get(configMapKey.getKey()));
                if (value.isEmpty()) {
                    problems.add(where + ": " + variable.getName() + " reads key " + configMapKey.getKey()
                            + " of ConfigMap " + configMapKey.getName() + ", which has no such key");
                }
            }
            variables.put(variable.getName(), value);
        }
        return new Environment(variables, problems);
    }

    /** Whether the JVM is told to send its spans (OpenTelemetry is off unless a cluster turns it on). */
    boolean sendsTraces() {
        return variables.getOrDefault("QUARKUS_OTEL_SDK_DISABLED", Optional.empty()).map("false"::equalsIgnoreCase).orElse(false);
    }

    private static Optional<Map<String, String>> configMap(Manifests manifests, String where, String name,
            List<String> problems) {
        Optional<ConfigMap> configMap = manifests.named(ConfigMap.class, name);
        if (configMap.isEmpty()) {
            problems.add(where + ": refers to ConfigMap " + name + ", which the overlay does not render");
        }
        return configMap.map(map -> Objects.requireNonNullElse(map.getData(), Map.of()));
    }
}
