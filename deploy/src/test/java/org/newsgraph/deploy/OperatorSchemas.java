package org.newsgraph.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * The structural schemas of the pinned operators' CRDs, as the build writes them to the folder named by
 * {@code newsgraph.operator-schemas}, read as the API server reads them with strict field validation: a field a
 * schema does not declare is an error unless that part of it preserves unknown fields.
 */
final class OperatorSchemas {

    private static final String FOLDER_PROPERTY = "newsgraph.operator-schemas";

    /** The extensions Kubernetes adds to OpenAPI; CEL rules (x-kubernetes-validations) are not evaluated here. */
    private static final JsonMetaSchema KUBERNETES = JsonMetaSchema
            .builder("https://kubernetes.io/structural-schema", JsonMetaSchema.getV4())
            .keywords(Stream.of("nullable", "x-kubernetes-preserve-unknown-fields", "x-kubernetes-int-or-string",
                            "x-kubernetes-embedded-resource", "x-kubernetes-list-type", "x-kubernetes-list-map-keys",
                            "x-kubernetes-map-type", "x-kubernetes-validations")
                    .map(NonValidationKeyword::new).toList())
            .build();

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4,
            builder -> builder.metaSchema(KUBERNETES).defaultMetaSchemaIri(KUBERNETES.getIri()));

    private static OperatorSchemas pinned;

    /** By apiVersion/kind, such as {@code kafka.strimzi.io/v1/Kafka}. */
    private final Map<String, JsonSchema> schemas;

    private OperatorSchemas(Map<String, JsonSchema> schemas) {
        this.schemas = Map.copyOf(schemas);
    }

    /** The schemas the build fetched for the operator releases deploy/README.md pins. */
    static synchronized OperatorSchemas pinned() {
        if (pinned == null) {
            String folder = System.getProperty(FOLDER_PROPERTY);
            if (folder == null) {
                throw new IllegalStateException(FOLDER_PROPERTY + " is unset: run the checks through Maven, "
                        + "which fetches the operators' CRDs first");
            }
            pinned = read(Path.of(folder));
        }
        return pinned;
    }

    /** Every served version of every CustomResourceDefinition in the YAML files of {@code folder}. */
    static OperatorSchemas read(Path folder) {
        Map<String, JsonSchema> schemas = new HashMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".yaml")).sorted().toList()) {
                JsonNode definition = new YAMLMapper().readTree(file.toFile());
                String group = definition.at("/spec/group").asText();
                String kind = definition.at("/spec/names/kind").asText();
                for (JsonNode version : definition.at("/spec/versions")) {
                    if (version.path("served").asBoolean()) {
                        JsonNode schema = version.at("/schema/openAPIV3Schema").deepCopy();
                        schemas.put(group + "/" + version.path("name").asText() + "/" + kind,
                                FACTORY.getSchema(closed(schema)));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the operators' CRDs in " + folder, e);
        }
        return new OperatorSchemas(schemas);
    }

    /** Where {@code resource} departs from the schema of its type, one sentence each naming the field. */
    List<String> violations(String type, JsonNode resource) {
        JsonSchema schema = schemas.get(type);
        if (schema == null) {
            throw new IllegalStateException("No CRD among the operators' schemas serves " + type + "; they serve "
                    + new TreeSet<>(schemas.keySet()));
        }
        return schema.validate(resource).stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    /** Only declared properties are allowed: the API server prunes the others, or refuses them when strict. */
    private static JsonNode closed(JsonNode schema) {
        if (!(schema instanceof ObjectNode object)) {
            return schema;
        }
        if (object.has("properties") && !object.has("additionalProperties")
                && !object.path("x-kubernetes-preserve-unknown-fields").asBoolean()) {
            object.put("additionalProperties", false);
        }
        object.path("properties").forEach(OperatorSchemas::closed);
        for (String nested : List.of("items", "additionalProperties", "not")) {
            closed(object.path(nested));
        }
        for (String alternatives : List.of("allOf", "anyOf", "oneOf")) {
            object.path(alternatives).forEach(OperatorSchemas::closed);
        }
        return object;
    }
}
