package org.newsgraph.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.FieldSource;

import io.fabric8.kubernetes.api.model.apps.Deployment;

class StrictParsingTest {

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: gateway
            spec:
              selector:
                matchLabels:
                  app.kubernetes.io/name: gateway
              template:
                metadata:
                  labels:
                    app.kubernetes.io/name: gateway
                spec:
                  containers:
                    - name: gateway
                      image: newsgraph/gateway:0.1.0
                      ports:
                        - name: http
                          containerPort: 8080
                      readinessProbe:
                        httpGet:
                          path: /q/health/ready
                          port: http
                      resources:
                        limits:
                          memory: 384Mi
            """;

    @Test
    void parsesAnObjectThatFitsTheModel() {
        Deployment deployment = Manifests.parse(DEPLOYMENT).all(Deployment.class).get(0);

        assertThat(deployment.getSpec().getTemplate().getSpec().getContainers().get(0).getReadinessProbe()
                .getHttpGet().getPort().getStrVal()).isEqualTo("http");
    }

    static final List<Arguments> MISTAKES = List.of(
            argumentSet("a misspelt field", "readinessProbe:", "readinessProbes:",
                    "Deployment gateway: unknown field spec.template.spec.containers[0].readinessProbes"),
            argumentSet("a field at the wrong level", "      containers:", "      livenessProbe: {}\n      containers:",
                    "Deployment gateway: unknown field spec.template.spec.livenessProbe"),
            argumentSet("text for a number", "containerPort: 8080", "containerPort: \"8080\"",
                    "Deployment gateway: spec.template.spec.containers[0].ports[0].containerPort"),
            argumentSet("a kind out of reach", "kind: Deployment", "kind: DaemonSet",
                    "DaemonSet gateway: apps/v1/DaemonSet is neither a modelled kind nor an operator's"));

    @ParameterizedTest
    @FieldSource("MISTAKES")
    void rejectsAMistakeNamingTheObjectAndTheField(String original, String replacement, String message) {
        String broken = DEPLOYMENT.replace(original, replacement);

        assertThatThrownBy(() -> Manifests.parse(broken))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(message);
    }

    @Test
    void readsAnOperatorsResourceAsATree() {
        Manifests manifests = Manifests.parse("""
                apiVersion: kafka.strimzi.io/v1
                kind: KafkaTopic
                metadata:
                  name: articles
                spec:
                  partitions: 12
                """);

        assertThat(manifests.custom("KafkaTopic").get(0).at("/spec/partitions").asInt()).isEqualTo(12);
    }

    /** Strimzi 1.x serves only v1, and the Keycloak Operator's current API is v2beta1. */
    @ParameterizedTest
    @CsvSource({"kafka.strimzi.io/v1beta2, Kafka", "k8s.keycloak.org/v2alpha1, Keycloak"})
    void rejectsAnApiVersionThePinnedOperatorsNoLongerServe(String apiVersion, String kind) {
        String retired = "apiVersion: " + apiVersion + "\nkind: " + kind + "\nmetadata:\n  name: old\n";

        assertThatThrownBy(() -> Manifests.parse(retired))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(kind + " old: " + apiVersion + "/" + kind
                        + " is neither a modelled kind nor an operator's");
    }
}
