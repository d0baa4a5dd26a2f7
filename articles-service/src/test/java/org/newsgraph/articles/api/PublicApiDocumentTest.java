package org.newsgraph.articles.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.newsgraph.security.routes.Endpoints;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The gateway's public API document is written by hand: every query parameter this service takes must be in it, with a
 * schema that says its type, or clients never learn of it. The document is read from the gateway's sources, beside
 * this module in the same checkout.
 */
@QuarkusTest
class PublicApiDocumentTest {

    private static final Path GATEWAY_DOCUMENT = Path.of("..", "gateway", "src", "main", "resources", "META-INF", "openapi.yaml");

    @Test
    void theGatewayDocumentsEveryQueryParameterOfThisServiceWithAType() throws IOException {
        JsonNode service = new ObjectMapper().readTree(given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .extract().asString());
        JsonNode gateway = new ObjectMapper(new YAMLFactory()).readTree(GATEWAY_DOCUMENT.toFile());
        assertThat(queryParameters(service.at("/paths/~1articles/get"))).containsKeys("q", "sort", "facets", "facet-size");

        Map<String, Set<String>> undocumented = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = service.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> operations = path.getValue().fields(); operations.hasNext();) {
                Map.Entry<String, JsonNode> operation = operations.next();
                Map<String, JsonNode> documented = queryParameters(gateway.path("paths").path(Endpoints.PREFIX + path.getKey()).path(operation.getKey()));
                for (String name : queryParameters(operation.getValue()).keySet()) {
                    JsonNode schema = documented.get(name) == null ? null : documented.get(name).path("schema");
                    if (schema == null || !(schema.has("type") || schema.has("oneOf") || schema.has("$ref"))) {
                        undocumented.computeIfAbsent(operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey(), key -> new TreeSet<>()).add(name);
                    }
                }
            }
        }
        assertThat(undocumented).as("query parameters the gateway's document lacks, or gives no type").isEmpty();
    }

    @Test
    void theGatewayDocumentsTheSearchPageItAnswers() throws IOException {
        JsonNode gateway = new ObjectMapper(new YAMLFactory()).readTree(GATEWAY_DOCUMENT.toFile());
        JsonNode page = gateway.path("components").path("schemas").path("SearchPage").path("properties");
        for (String property : Set.of("items", "total", "sort", "nextCursor", "actorFacets", "sourceFacets", "languageFacets")) {
            assertThat(page.path(property).path("type").asText()).as(property).isNotEmpty();
        }
        assertThat(gateway.at("/paths/~1api~1v1~1articles/get/responses/200/content/application~1json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/SearchPage");
    }

    private static Map<String, JsonNode> queryParameters(JsonNode operation) {
        Map<String, JsonNode> parameters = new TreeMap<>();
        for (JsonNode parameter : operation.path("parameters")) {
            if (parameter.path("in").asText().equals("query")) {
                parameters.put(parameter.path("name").asText(), parameter);
            }
        }
        return parameters;
    }
}
