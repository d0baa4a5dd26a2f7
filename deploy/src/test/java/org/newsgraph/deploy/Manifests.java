package org.newsgraph.deploy;

import static java.util.Map.entry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import io.fabric8.certmanager.api.model.v1.ClusterIssuer;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.Gateway;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;

/** The objects an overlay renders to, parsed strictly: an unknown kind or field is an error, not a silent extra. */
final class Manifests {

    private static final Map<String, Class<? extends HasMetadata>> MODELLED_KINDS = Map.ofEntries(
            entry("v1/ConfigMap", ConfigMap.class),
            entry("v1/Secret", Secret.class),
            entry("v1/Service", Service.class),
            entry("v1/ServiceAccount", ServiceAccount.class),
            entry("apps/v1/Deployment", Deployment.class),
            entry("policy/v1/PodDisruptionBudget", PodDisruptionBudget.class),
            entry("autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class),
            entry("networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class),
            entry("networking.k8s.io/v1/Ingress", Ingress.class),
            // The fabric8 model of Gateway API is generated from its experimental channel, a superset of the
            // standard channel's fields: a misspelt field fails, an experimental one does not (deploy/README.md).
            entry("gateway.networking.k8s.io/v1/Gateway", Gateway.class),
            entry("gateway.networking.k8s.io/v1/HTTPRoute", HTTPRoute.class));

    /**
     * The operators' custom resources, in the API versions the releases pinned in deploy/README.md serve: checked
     * against the operator's published schema where the build can fetch it (OperatorSchemas), their metadata
     * against the model, and the fields the checks rely on read from the tree.
     */
    private static final Set<String> OPERATOR_KINDS = Set.of(
            "kafka.strimzi.io/v1/Kafka",
            "kafka.strimzi.io/v1/KafkaNodePool",
            "kafka.strimzi.io/v1/KafkaTopic",
            "postgresql.cnpg.io/v1/Cluster",
            "postgresql.cnpg.io/v1/Pooler",
            "k8s.keycloak.org/v2beta1/Keycloak",
            "k8s.keycloak.org/v2beta1/KeycloakRealmImport",
            "keda.sh/v1alpha1/ScaledObject",
            "cert-manager.io/v1/ClusterIssuer",
            "monitoring.coreos.com/v1/ServiceMonitor",
            "monitoring.coreos.com/v1/PrometheusRule");

    /** Operator kinds whose schema comes as fabric8's typed model of the operator's API, read as strictly. */
    private static final Map<String, Class<? extends HasMetadata>> MODELLED_OPERATOR_KINDS = Map.of(
            "cert-manager.io/v1/ClusterIssuer", ClusterIssuer.class,
            "monitoring.coreos.com/v1/ServiceMonitor", ServiceMonitor.class,
            "monitoring.coreos.com/v1/PrometheusRule", PrometheusRule.class);

    /** Operator kinds whose CRD no artifact the build can reach publishes: deploy/README.md says which. */
    private static final Set<String> UNPUBLISHED_SCHEMAS = Set.of(
            "postgresql.cnpg.io/v1/Cluster",
            "postgresql.cnpg.io/v1/Pooler",
            "k8s.keycloak.org/v2beta1/Keycloak",
            "k8s.keycloak.org/v2beta1/KeycloakRealmImport",
            "keda.sh/v1alpha1/ScaledObject");

    private static final YAMLMapper YAML = new YAMLMapper();

    /**
     * The fabric8 model keeps unknown fields in an "additional properties" map; without that catch-all, Jackson
     * rejects them instead, and no string stands in for a number.
     */
    private static final ObjectMapper STRICT = YAMLMapper.builder()
            .annotationIntrospector(new JacksonAnnotationIntrospector() {
                @Override
                public Boolean hasAnySetter(Annotated annotated) {
                    return false;
                }
            })
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();

    private final List<HasMetadata> objects;

    private Manifests(List<HasMetadata> objects) {
        this.objects = List.copyOf(objects);
    }

    /** @throws IllegalArgumentException naming the object and the field when one does not fit the model */
    static Manifests parse(String yaml) {
        List<HasMetadata> objects = new ArrayList<>();
        try (MappingIterator<JsonNode> documents = YAML.readerFor(JsonNode.class).readValues(yaml)) {
            while (documents.hasNext()) {
                JsonNode document = documents.next();
                if (!document.isNull()) {
                    objects.add(parseObject(document));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The rendered YAML does not parse", e);
        }
        return new Manifests(objects);
    }

    private static HasMetadata parseObject(JsonNode document) {
        String type = document.path("apiVersion").asText() + "/" + document.path("kind").asText();
        String name = document.path("kind").asText() + " " + document.path("metadata").path("name").asText();
        Class<? extends HasMetadata> model = MODELLED_KINDS.get(type);
        try {
            if (model != null) {
                return STRICT.treeToValue(document, model);
            }
            if (OPERATOR_KINDS.contains(type)) {
                STRICT.treeToValue(YAML.createObjectNode().set("metadata", document.path("metadata")),
                        Metadata.class);
                Class<? extends HasMetadata> operatorModel = MODELLED_OPERATOR_KINDS.get(type);
                if (operatorModel != null) {
                    STRICT.treeToValue(document, operatorModel);
                }
                List<String> violations = operatorModel != null || UNPUBLISHED_SCHEMAS.contains(type) ? List.of()
                        : OperatorSchemas.pinned().violations(type, document);
                if (!violations.isEmpty()) {
                    throw new IllegalArgumentException(name + ": " + String.join("; ", violations));
                }
                return YAML.treeToValue(document, GenericKubernetesResource.class);
            }
        } catch (UnrecognizedPropertyException e) {
            throw new IllegalArgumentException(name + ": unknown field " + path(e), e);
        } catch (JsonMappingException e) {
            throw new IllegalArgumentException(name + ": " + path(e) + " " + e.getOriginalMessage(), e);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(name + ": " + e.getOriginalMessage(), e);
        }
        throw new IllegalArgumentException(name + ": " + type + " is neither a modelled kind nor an operator's");
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** A part of a custom resource read into the model, as strictly as a whole object. */
    static <T> T model(JsonNode node, Class<T> type) {
        try {
            return STRICT.treeToValue(node, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(type.getSimpleName() + " " + node + ": " + e.getOriginalMessage(), e);
        }
    }

    <T extends HasMetadata> List<T> all(Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast).toList();
    }

    <T extends HasMetadata> Optional<T> named(Class<T> type, String name) {
        return all(type).stream().filter(object -> object.getMetadata().getName().equals(name)).findFirst();
    }

    /** Custom resources of one kind, with their content as a tree to read fields from. */
    List<CustomResource> custom(String kind) {
        return all(GenericKubernetesResource.class).stream()
                .filter(resource -> resource.getKind().equals(kind))
                .map(resource -> new CustomResource(resource.getMetadata().getName(), YAML.valueToTree(resource)))
                .toList();
    }

    /** The namespace every object was rendered into. */
    String namespace() {
        Set<String> namespaces = objects.stream().map(object -> String.valueOf(object.getMetadata().getNamespace()))
                .collect(Collectors.toSet());
        if (namespaces.size() != 1) {
            throw new IllegalStateException("Objects span namespaces " + namespaces);
        }
        return namespaces.iterator().next();
    }

    int size() {
        return objects.size();
    }

    /** The model leaves unset lists null. */
    static <T> List<T> orEmpty(List<T> items) {
        return items == null ? List.of() : items;
    }

    static Map<String, String> podLabels(Deployment deployment) {
        return deployment.getSpec().getTemplate().getMetadata().getLabels();
    }

    /**
     * Every Service the overlay brings, by name, with its port numbers and names: the rendered ones, and those
     * the operators create for their resources.
     */
    Map<String, Set<String>> servicePorts() {
        Map<String, Set<String>> ports = new HashMap<>();
        for (Service service : all(Service.class)) {
            ports.put(service.getMetadata().getName(), service.getSpec().getPorts().stream()
                    .flatMap(port -> Stream.of(String.valueOf(port.getPort()), port.getName()))
                    .filter(Objects::nonNull).collect(Collectors.toSet()));
        }
        for (CustomResource kafka : custom("Kafka")) {
            Set<String> listenerPorts = new HashSet<>();
            kafka.at("/spec/kafka/listeners").forEach(listener -> listenerPorts.add(listener.path("port").asText()));
            ports.put(kafka.name() + "-kafka-bootstrap", listenerPorts);
        }
        for (CustomResource keycloak : custom("Keycloak")) {
            Set<String> keycloakPorts = new HashSet<>();
            if (keycloak.at("/spec/http/httpEnabled").asBoolean()) {
                keycloakPorts.addAll(Set.of("8080", "http"));
            }
            if (keycloak.at("/spec/http/tlsSecret").isTextual()) {
                keycloakPorts.addAll(Set.of("8443", "https"));
            }
            ports.put(keycloak.name() + "-service", keycloakPorts);
        }
        for (CustomResource database : custom("Cluster")) {
            for (String role : List.of("-rw", "-ro", "-r")) {
                ports.put(database.name() + role, Set.of("5432", "postgres"));
            }
        }
        for (CustomResource pooler : custom("Pooler")) {
            ports.put(pooler.name(), Set.of("5432", "pgbouncer"));
        }
        return ports;
    }

    /** A custom resource's metadata, read on its own into the model. */
    private record Metadata(ObjectMeta metadata) {
    }

    record CustomResource(String name, JsonNode content) {

        /** The field at a JSON pointer, such as {@code /spec/kafka/config}; a missing one is a MissingNode. */
        JsonNode at(String pointer) {
            return content.at(pointer);
        }
    }
}
