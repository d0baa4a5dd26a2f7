package org.newsgraph.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.fabric8.kubernetes.api.model.Quantity;

import org.newsgraph.events.Topics;

/** The operators' resources: Kafka and its topics, the PostgreSQL clusters, Keycloak and its realm. */
final class OperatorChecks {

    static final String PRODUCTION_REALM = "deploy/keycloak/newsgraph-realm.json";

    /** Replication is capped at three copies; one broker may be lost and writes still succeed. */
    private static final int MAXIMUM_REPLICATION = 3;

    private static final Set<String> CONTRACT_TOPICS = Set.of(Topics.ARTICLES, Topics.ARTICLE_ACTORS, Topics.ACTORS);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)}");

    private final Manifests manifests;
    private final Overlay overlay;

    OperatorChecks(Manifests manifests, Overlay overlay) {
        this.manifests = manifests;
        this.overlay = overlay;
    }

    /** One cluster of node pools, replicated to its size, and exactly the event contract's topics. */
    List<String> kafka() {
        List<String> violations = new ArrayList<>();
        List<Manifests.CustomResource> clusters = manifests.custom("Kafka");
        if (clusters.size() != 1) {
            return List.of("Expected one Kafka, found " + clusters.size());
        }
        Manifests.CustomResource kafka = clusters.get(0);
        String where = "Kafka " + kafka.name();
        int brokers = 0;
        int controllers = 0;
        for (Manifests.CustomResource pool : manifests.custom("KafkaNodePool")) {
            if (!kafka.name().equals(pool.at("/metadata/labels").path("strimzi.io/cluster").asText())) {
                violations.add("KafkaNodePool " + pool.name() + ": belongs to no rendered Kafka");
                continue;
            }
            Set<String> roles = new TreeSet<>();
            pool.at("/spec/roles").forEach(role -> roles.add(role.asText()));
            int replicas = pool.at("/spec/replicas").asInt();
            brokers += roles.contains("broker") ? replicas : 0;
            controllers += roles.contains("controller") ? replicas : 0;
        }
        if (brokers != overlay.kafkaBrokers()) {
            violations.add(where + ": has " + brokers + " brokers, " + overlay + " expects " + overlay.kafkaBrokers());
        }
        if (controllers % 2 == 0) {
            violations.add(where + ": has " + controllers + " controllers; a quorum needs an odd number");
        }
        int replication = Math.min(MAXIMUM_REPLICATION, brokers);
        int inSync = Math.max(1, replication - 1);
        Map<String, Object> expectedConfig = new LinkedHashMap<>();
        expectedConfig.put("auto.create.topics.enable", false);
        expectedConfig.put("default.replication.factor", replication);
        expectedConfig.put("offsets.topic.replication.factor", replication);
        expectedConfig.put("transaction.state.log.replication.factor", replication);
        expectedConfig.put("min.insync.replicas", inSync);
        expectedConfig.put("transaction.state.log.min.isr", inSync);
        JsonNode config = kafka.at("/spec/kafka/config");
        for (var expected : expectedConfig.entrySet()) {
            String actual = config.path(expected.getKey()).asText("unset");
            if (!actual.equals(expected.getValue().toString())) {
                violations.add(where + ": " + expected.getKey() + " is " + actual + ", expected " + expected.getValue()
                        + " with " + brokers + " brokers");
            }
        }
        violations.addAll(topics(kafka.name(), replication, inSync));
        violations.addAll(lagScalers());
        return violations;
    }

    private List<String> topics(String cluster, int replication, int inSync) {
        List<String> violations = new ArrayList<>();
        Map<String, String> expectedCleanup = new LinkedHashMap<>();
        for (String topic : new TreeSet<>(CONTRACT_TOPICS)) {
            // Keyed by aggregate id, each event carries the aggregate's state: the latest per key is enough.
            expectedCleanup.put(topic, "compact");
            expectedCleanup.put(Topics.deadLetter(topic), "delete");
        }
        Set<String> declared = new TreeSet<>();
        for (Manifests.CustomResource resource : manifests.custom("KafkaTopic")) {
            String topic = resource.at("/spec/topicName").asText(resource.name());
            String where = "KafkaTopic " + topic;
            declared.add(topic);
            if (!cluster.equals(resource.at("/metadata/labels").path("strimzi.io/cluster").asText())) {
                violations.add(where + ": belongs to no rendered Kafka");
            }
            if (!expectedCleanup.containsKey(topic)) {
                violations.add(where + ": is no topic of the event contract");
                continue;
            }
            String cleanup = resource.at("/spec/config/cleanup.policy").asText("delete");
            if (!cleanup.equals(expectedCleanup.get(topic))) {
                violations.add(where + ": cleanup.policy is " + cleanup + ", expected " + expectedCleanup.get(topic));
            }
            if (resource.at("/spec/replicas").asInt(replication) < replication
                    || resource.at("/spec/config/min.insync.replicas").asInt(inSync) < inSync) {
                violations.add(where + ": is replicated less than the cluster's defaults");
            }
            if (resource.at("/spec/partitions").asInt(0) < 1) {
                violations.add(where + ": sets no partitions");
            }
        }
        expectedCleanup.keySet().stream().filter(topic -> !declared.contains(topic))
                .forEach(topic -> violations.add("No KafkaTopic for " + topic + ", a topic of the event contract"));
        return violations;
    }

    private List<String> lagScalers() {
        List<String> violations = new ArrayList<>();
        for (Manifests.CustomResource scaler : manifests.custom("ScaledObject")) {
            for (JsonNode trigger : scaler.at("/spec/triggers")) {
                if (trigger.path("type").asText().equals("kafka")) {
                    lagScaler(scaler, trigger.path("metadata"), violations);
                }
            }
        }
        return violations;
    }

    /**
     * Lag is read from the group the service consumes with, on a declared topic; how far it may scale against the
     * topic's partitions is ScaleChecks' to say.
     */
    private void lagScaler(Manifests.CustomResource scaler, JsonNode trigger, List<String> violations) {
        String where = "ScaledObject " + scaler.name();
        String group = trigger.path("consumerGroup").asText();
        if (!group.equals(scaler.at("/spec/scaleTargetRef/name").asText())) {
            violations.add(where + ": watches consumer group " + group + ", not its Deployment's");
        }
        String topic = trigger.path("topic").asText();
        if (manifests.custom("KafkaTopic").stream()
                .noneMatch(resource -> resource.at("/spec/topicName").asText(resource.name()).equals(topic))) {
            violations.add(where + ": watches topic " + topic + ", which no KafkaTopic declares");
        }
    }

    /**
     * Every volume the operators claim has a size Kubernetes reads as a quantity: the CRDs take any text, and a
     * wrong one fails only when the operator creates the claim.
     */
    List<String> storageSizes() {
        List<String> violations = new ArrayList<>();
        for (Manifests.CustomResource pool : manifests.custom("KafkaNodePool")) {
            JsonNode storage = pool.at("/spec/storage");
            storageSize("KafkaNodePool " + pool.name(), storage.path("size"), violations);
            storage.path("volumes").forEach(volume ->
                    storageSize("KafkaNodePool " + pool.name(), volume.path("size"), violations));
        }
        for (Manifests.CustomResource database : manifests.custom("Cluster")) {
            for (String storage : List.of("/spec/storage/size", "/spec/walStorage/size")) {
                storageSize("Cluster " + database.name(), database.at(storage), violations);
            }
        }
        return violations;
    }

    private static void storageSize(String where, JsonNode size, List<String> violations) {
        if (size.isMissingNode()) {
            return;
        }
        try {
            if (Quantity.getAmountInBytes(new Quantity(size.asText())).signum() <= 0) {
                violations.add(where + ": storage size " + size.asText() + " is not positive");
            }
        } catch (IllegalArgumentException | ArithmeticException e) {
            violations.add(where + ": storage size " + size.asText() + " is no Kubernetes quantity");
        }
    }

    /** Each database has the overlay's instance count, its own database and owner, requests and limits. */
    List<String> databases() {
        List<String> violations = new ArrayList<>();
        for (Manifests.CustomResource database : manifests.custom("Cluster")) {
            String where = "Cluster " + database.name();
            int instances = database.at("/spec/instances").asInt();
            if (instances != overlay.databaseInstances()) {
                violations.add(where + ": has " + instances + " instances, " + overlay + " expects "
                        + overlay.databaseInstances());
            }
            if (!database.at("/spec/bootstrap/initdb/database").isTextual()
                    || !database.at("/spec/bootstrap/initdb/owner").isTextual()) {
                violations.add(where + ": bootstraps no database of its own with an owner");
            }
            for (String bound : List.of("requests", "limits")) {
                for (String resource : List.of("cpu", "memory")) {
                    if (database.at("/spec/resources/" + bound + "/" + resource).isMissingNode()) {
                        violations.add(where + ": sets no " + bound + "." + resource);
                    }
                }
            }
        }
        return violations;
    }

    /** Keycloak on its own database, public at its hostname, importing the production realm unchanged. */
    List<String> keycloak() {
        List<String> violations = new ArrayList<>();
        List<Manifests.CustomResource> keycloaks = manifests.custom("Keycloak");
        if (keycloaks.size() != 1) {
            return List.of("Expected one Keycloak, found " + keycloaks.size());
        }
        Manifests.CustomResource keycloak = keycloaks.get(0);
        String where = "Keycloak " + keycloak.name();
        String databaseHost = keycloak.at("/spec/db/host").asText();
        if (manifests.custom("Cluster").stream().noneMatch(database -> databaseHost.equals(database.name() + "-rw"))) {
            violations.add(where + ": db.host " + databaseHost + " is no PostgreSQL cluster's read-write service");
        }
        String host = URI.create(keycloak.at("/spec/hostname/hostname").asText()).getHost();
        if (host == null || !new PublicRoutes(manifests).reach(keycloak.name() + "-service", Optional.of(host))) {
            violations.add(where + ": no public route takes its hostname " + host + " to it");
        }
        for (String bound : List.of("requests", "limits")) {
            if (keycloak.at("/spec/resources/" + bound + "/memory").isMissingNode()) {
                violations.add(where + ": sets no " + bound + ".memory");
            }
        }
        List<Manifests.CustomResource> imports = manifests.custom("KeycloakRealmImport");
        if (imports.isEmpty()) {
            violations.add(where + ": no KeycloakRealmImport brings the production realm");
        }
        for (Manifests.CustomResource realmImport : imports) {
            realmImport("KeycloakRealmImport " + realmImport.name(), realmImport, keycloak.name(), violations);
        }
        return violations;
    }

    private void realmImport(String where, Manifests.CustomResource realmImport, String keycloak,
            List<String> violations) {
        if (!keycloak.equals(realmImport.at("/spec/keycloakCRName").asText())) {
            violations.add(where + ": imports into " + realmImport.at("/spec/keycloakCRName").asText()
                    + ", not Keycloak " + keycloak);
        }
        JsonNode realm = realmImport.at("/spec/realm");
        firstDifference(productionRealm(), realm, "").ifPresent(pointer ->
                violations.add(where + ": its realm differs from " + PRODUCTION_REALM + " at " + pointer));
        Set<String> used = placeholders(realm);
        Set<String> filled = new TreeSet<>();
        realmImport.at("/spec/placeholders").fieldNames().forEachRemaining(filled::add);
        used.stream().filter(name -> !filled.contains(name))
                .forEach(name -> violations.add(where + ": fills no value for ${" + name + "}"));
        filled.stream().filter(name -> !used.contains(name))
                .forEach(name -> violations.add(where + ": fills " + name + ", which the realm does not use"));
    }

    static JsonNode productionRealm() {
        try {
            return new ObjectMapper().readTree(Repository.root().resolve(PRODUCTION_REALM).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> placeholders(JsonNode realm) {
        Set<String> names = new TreeSet<>();
        Matcher placeholder = PLACEHOLDER.matcher(realm.toString());
        while (placeholder.find()) {
            names.add(placeholder.group(1));
        }
        return names;
    }

    /** The JSON pointer of the first place where the two trees differ, if they do. */
    static Optional<String> firstDifference(JsonNode expected, JsonNode actual, String pointer) {
        if (expected.isObject() && actual.isObject()) {
            Set<String> fields = new TreeSet<>();
            expected.fieldNames().forEachRemaining(fields::add);
            actual.fieldNames().forEachRemaining(fields::add);
            for (String field : fields) {
                Optional<String> difference = firstDifference(expected.path(field), actual.path(field),
                        pointer + "/" + field.replace("~", "~0").replace("/", "~1"));
                if (difference.isPresent()) {
                    return difference;
                }
            }
            return Optional.empty();
        }
        if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
            Iterator<JsonNode> actualItems = actual.iterator();
            int index = 0;
            for (JsonNode expectedItem : expected) {
                Optional<String> difference =
                        firstDifference(expectedItem, actualItems.next(), pointer + "/" + index++);
                if (difference.isPresent()) {
                    return difference;
                }
            }
            return Optional.empty();
        }
        return Objects.equals(expected, actual) ? Optional.empty() : Optional.of(pointer.isEmpty() ? "/" : pointer);
    }
}
