package org.newsgraph.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;

import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;

/** What scales a Deployment, and between which bounds: a HorizontalPodAutoscaler or KEDA's ScaledObject, read alike. */
record Autoscaler(String owner, String deployment, int minimum, int maximum, boolean onCpu) {

    /** KEDA's defaults for minReplicaCount and maxReplicaCount. */
    private static final int KEDA_MINIMUM = 0;
    private static final int KEDA_MAXIMUM = 100;

    static List<Autoscaler> of(Manifests manifests) {
        List<Autoscaler> autoscalers = new ArrayList<>();
        for (HorizontalPodAutoscaler autoscaler : manifests.all(HorizontalPodAutoscaler.class)) {
            var spec = autoscaler.getSpec();
            if ("Deployment".equals(spec.getScaleTargetRef().getKind())) {
                boolean onCpu = Manifests.orEmpty(spec.getMetrics()).stream()
                        .anyMatch(metric -> metric.getResource() != null
                                && "cpu".equals(metric.getResource().getName()));
                autoscalers.add(new Autoscaler("HorizontalPodAutoscaler " + autoscaler.getMetadata().getName(),
                        spec.getScaleTargetRef().getName(), Objects.requireNonNullElse(spec.getMinReplicas(), 1),
                        spec.getMaxReplicas(), onCpu));
            }
        }
        for (Manifests.CustomResource scaler : manifests.custom("ScaledObject")) {
            if (scaler.at("/spec/scaleTargetRef/kind").asText("Deployment").equals("Deployment")) {
                boolean onCpu = false;
                for (JsonNode trigger : scaler.at("/spec/triggers")) {
                    onCpu |= trigger.path("type").asText().equals("cpu");
                }
                autoscalers.add(new Autoscaler("ScaledObject " + scaler.name(),
                        scaler.at("/spec/scaleTargetRef/name").asText(),
                        scaler.at("/spec/minReplicaCount").asInt(KEDA_MINIMUM),
                        scaler.at("/spec/maxReplicaCount").asInt(KEDA_MAXIMUM), onCpu));
            }
        }
        return autoscalers;
    }

    /** The most pods the autoscalers may run of a Deployment; one when nothing scales it. */
    static int mostReplicas(List<Autoscaler> autoscalers, String deployment) {
        return autoscalers.stream().filter(autoscaler -> autoscaler.deployment().equals(deployment))
                .mapToInt(Autoscaler::maximum).max().orElse(1);
    }
}
