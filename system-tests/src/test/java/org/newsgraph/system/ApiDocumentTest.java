package org.newsgraph.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.devstack.testing.TestTokens;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The gateway's public API document against the services behind it, as they run: each operation it offers is the one
 * its service documents, a service's operation it does not offer cannot be reached through it, and every query
 * parameter it lists is taken while one it does not list is refused.
 */
class ApiDocumentTest {

    private static final String PREFIX = "/api/v1";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    /** What the gateway adds to each operation it forwards: its own answers, and the parameter it answers itself. */
    private static final Set<String> GATEWAY_ANSWERS = Set.of("429", "503");
    private static final String GATEWAY_PARAMETER = "expand";

    private static Platform platform;
    private static JsonNode published;
    private static Map<String, JsonNode> services;

    @BeforeAll
    static void readDocuments() throws Exception {
        platform = Platform.get();
        published = document(platform.gateway.baseUrl());
        services = Map.of("articles-service", document(platform.articles.baseUrl()), "actors-service", document(platform.actors.baseUrl()));
    }

    @Test
    void offersEachForwardedOperationAsItsServiceDocumentsIt() {
        List<String> disagreements = new ArrayList<>();
        int forwarded = 0;
        for (Map.Entry<String, JsonNode> operation : operations(published).entrySet()) {
            String method = operation.getKey().split(" ")[0];
            String path = operation.getKey().split(" ")[1];
            Map.Entry<String, JsonNode> served = served(method, path.substring(PREFIX.length()));
            if (served == null) {
                continue;
            }
            forwarded++;
            JsonNode offered = operation.getValue().deepCopy();
            JsonNode own = served.getValue();
            ((ObjectNode) offered.path("responses")).remove(GATEWAY_ANSWERS);
            if (offered.has("parameters")) {
                ((ArrayNode) offered.path("parameters")).removeIf(
                        parameter -> parameter.path("name").asText().equals(GATEWAY_PARAMETER) && own.path("parameters").findValues("name")
                                .stream().noneMatch(name -> name.asText().equals(GATEWAY_PARAMETER)));
            }
            for (String part : List.of("summary", "description", "parameters", "requestBody", "responses", "security")) {
                if (!offered.path(part).equals(own.path(part))) {
                    disagreements.add(operation.getKey() + ": its " + part + " differs from " + served.getKey() + "'s");
                }
            }
            components(offered, disagreements, operation.getKey(), served.getKey());
        }
        assertThat(forwarded).as("operations the gateway forwards").isGreaterThan(10);
        assertThat(disagreements).isEmpty();
    }

    @Test
    void offersNoOperationOfAServiceThatItDoesNotDocument() {
        Map<String, JsonNode> offered = operations(published);
        for (Map.Entry<String, JsonNode> service : services.entrySet()) {
            for (String operation : operations(service.getValue()).keySet()) {
                String method = operation.split(" ")[0];
                String path = PREFIX + operation.split(" ")[1];
                if (!offered.containsKey(method + " " + path)) {
                    Response answer = request().when().request(method, concrete(path));
                    assertThat(answer.statusCode()).as(method + " " + path + ", which " + service.getKey() + " serves").isIn(404, 405);
                }
            }
        }
    }

    @Test
    void takesEveryQueryParameterItDocumentsAndRefusesOthers() {
        for (Map.Entry<String, JsonNode> operation : operations(published).entrySet()) {
            if (!operation.getKey().startsWith("GET ")) {
                continue;
            }
            String path = concrete(operation.getKey().substring(4));
            for (JsonNode parameter : operation.getValue().path("parameters")) {
                if (parameter.path("in").asText().equals("query")) {
                    String name = parameter.path("name").asText();
                    Response answer = request().queryParam(name, example(parameter.path("schema"))).when().get(path);
                    assertThat(answer.statusCode() == 400 ? String.valueOf(answer.<String>path("detail")) : "")
                            .as(operation.getKey() + " with " + name).doesNotStartWith("Unknown query parameter");
                }
            }
            Response unknown = request().queryParam("undocumented", "1").when().get(path);
            assertThat(unknown.statusCode()).as(operation.getKey() + " with a parameter it does not document").isEqualTo(400);
        }
    }

    /** Every component the offered operation names is the service's, unchanged. */
    private static void components(JsonNode node, List<String> disagreements, String operation, String service) {
        node.findValues("$ref").forEach(reference -> {
            String pointer = reference.asText().substring(1);
            JsonNode own = services.get(service).at(pointer);
            if (!own.isMissingNode() && !own.equals(published.at(pointer))) {
                disagreements.add(operation + ": " + reference.asText() + " differs from " + service + "'s");
            }
        });
    }

    private static Map.Entry<String, JsonNode> served(String method, String path) {
        for (Map.Entry<String, JsonNode> service : services.entrySet()) {
            JsonNode operation = service.getValue().path("paths").path(path).path(method.toLowerCase(Locale.ROOT));
            if (!operation.isMissingNode()) {
                return Map.entry(service.getKey(), operation);
            }
        }
        return null;
    }

    private static Map<String, JsonNode> operations(JsonNode document) {
        Map<String, JsonNode> operations = new TreeMap<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            if (METHODS.contains(operation.getKey())) {
                operations.put(operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey(), operation.getValue());
            }
        }));
        return operations;
    }

    /** A path to call for a template: ids that name nothing, so that nothing is changed. */
    private static String concrete(String template) {
        return template.replace("{revision}", "1").replace("{clientId}", "nobody-" + UUID.randomUUID())
                .replaceAll("\\{[A-Za-z]+}", UUID.randomUUID().toString());
    }

    /** A value the schema allows. */
    private static String example(JsonNode schema) {
        if (schema.has("$ref")) {
            return example(published.at(schema.path("$ref").asText().substring(1)));
        }
        if (schema.has("enum")) {
            return schema.path("enum").path(0).asText();
        }
        if (schema.has("oneOf")) {
            return example(schema.path("oneOf").path(0));
        }
        return switch (schema.path("type").asText()) {
            case "array" -> example(schema.path("items"));
            case "integer" -> schema.path("minimum").asText("1");
            case "boolean" -> "false";
            default -> switch (schema.path("format").asText()) {
                case "date-time" -> "2026-01-01T00:00:00Z";
                case "date" -> "2026-01-01";
                default -> schema.has("pattern") ? "en" : "word";
            };
        };
    }

    private static RequestSpecification request() {
        return given().baseUri(platform.gateway.baseUrl()).auth().oauth2(TestTokens.user("admin"));
    }

    private static JsonNode document(String baseUrl) throws Exception {
        return new ObjectMapper().readTree(given().baseUri(baseUrl).queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().asString());
    }
}
