package org.newsgraph.gateway.apidoc;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsgraph.security.routes.Endpoints;
import org.newsgraph.security.routes.Route;
import org.newsgraph.security.routes.RouteDocumentation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

/** The public API document as the gateway serves it, composed from the services' documents and its own. */
@QuarkusTest
class ApiDocumentationTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    private JsonNode document;

    @BeforeEach
    void readDocument() throws Exception {
        document = new ObjectMapper().readTree(given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .extract().asString());
    }

    @Test
    void documentsEveryPublicRouteWithTheRolesItAllowsAndNothingElse() {
        Set<String> documented = new TreeSet<>();
        operations((path, method, operation) -> documented.add(method.toUpperCase(Locale.ROOT) + " " + path));
        assertThat(documented).containsExactlyInAnyOrderElementsOf(
                Endpoints.ROUTES.stream().filter(route -> route.exposure() == Route.Exposure.PUBLIC).map(Route::toString).toList());

        for (Route route : Endpoints.ROUTES.stream().filter(route -> route.exposure() == Route.Exposure.PUBLIC).toList()) {
            JsonNode roles = operation(route).path("security").path(0).path(RouteDocumentation.SCHEME);
            assertThat(new ObjectMapper().convertValue(roles, List.class)).as(route.toString()).containsExactlyInAnyOrderElementsOf(route.roles());
            assertThat(operation(route).path("responses").fieldNames()).toIterable().as(route.toString()).contains("401", "403", "429", "503");
        }
    }

    @Test
    void givesEveryParameterAndAnswerATypeAndEveryReferenceAComponent() {
        List<String> untyped = new ArrayList<>();
        operations((path, method, operation) -> {
            String name = method.toUpperCase(Locale.ROOT) + " " + path;
            for (JsonNode parameter : operation.path("parameters")) {
                if (!typed(parameter.path("schema"))) {
                    untyped.add(name + " parameter " + parameter.path("name").asText());
                }
            }
            if (!operation.path("summary").isTextual()) {
                untyped.add(name + " has no summary");
            }
            operation.path("responses").fields().forEachRemaining(answer -> answer.getValue().path("content").fields().forEachRemaining(
                    media -> {
                        if (!typed(media.getValue().path("schema"))) {
                            untyped.add(name + " answers " + answer.getKey() + " " + media.getKey() + " without a type");
                        }
                    }));
        });
        untyped.addAll(untypedSchemas(document, "", new ArrayList<>()));
        references(document, untyped);
        assertThat(untyped).isEmpty();
    }

    @Test
    void showsAnExampleOfWhatTheMainOperationsAnswer() {
        for (String schema : List.of("Article", "SearchPage", "RevisionList", "Tombstone", "Actor", "CurationChange", "ExtractResponse",
                "ArticleRequest", "ActorPatch", "Problem")) {
            JsonNode component = document.path("components").path("schemas").path(schema);
            assertThat(component.has("examples") || component.has("example")).as(schema).isTrue();
        }
    }

    @Test
    void describesTheBearerTokenAndTheRealmThatIssuesIt() {
        JsonNode schemes = document.path("components").path("securitySchemes");
        assertThat(schemes.path("bearer").path("type").asText()).isEqualTo("http");
        assertThat(schemes.path("bearer").path("scheme").asText()).isEqualTo("bearer");
        assertThat(schemes.path("keycloak").path("type").asText()).isEqualTo("openIdConnect");
        assertThat(schemes.path("keycloak").path("openIdConnectUrl").asText()).isEqualTo(
                ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class) + "/.well-known/openid-configuration");
        assertThat(document.path("info").path("title").asText()).isEqualTo("Newsgraph API");
    }

    @Test
    void servesSwaggerUi() {
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }

    private JsonNode operation(Route route) {
        return document.path("paths").path(route.publicPath()).path(route.method().name().toLowerCase(Locale.ROOT));
    }

    private interface OperationVisitor {
        void visit(String path, String method, JsonNode operation);
    }

    private void operations(OperationVisitor visitor) {
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            if (METHODS.contains(operation.getKey())) {
                visitor.visit(path.getKey(), operation.getKey(), operation.getValue());
            }
        }));
    }

    private static boolean typed(JsonNode schema) {
        return schema.has("$ref") || schema.has("oneOf") || schema.has("allOf")
                || schema.has("type") && (!schema.path("type").asText().equals("object") || schema.has("properties"))
                && (!schema.path("type").asText().equals("array") || typed(schema.path("items")));
    }

    /** Schemas anywhere in the document that say nothing of their shape: an empty one, or an object without properties. */
    private static List<String> untypedSchemas(JsonNode node, String where, List<String> found) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                String at = where + "/" + field.getKey();
                if ((field.getKey().equals("schema") || field.getKey().equals("items") || where.endsWith("/properties")
                        || where.endsWith("/components/schemas")) && field.getValue().isObject() && !typed(field.getValue())) {
                    found.add(at + " has no type");
                }
                untypedSchemas(field.getValue(), at, found);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                untypedSchemas(node.get(i), where + "/" + i, found);
            }
        }
        return found;
    }

    private void references(JsonNode node, List<String> dangling) {
        if (node.isObject()) {
            JsonNode reference = node.path("$ref");
            if (reference.isTextual() && document.at(reference.asText().substring(1)).isMissingNode()) {
                dangling.add(reference.asText() + " names no component");
            }
            node.elements().forEachRemaining(child -> references(child, dangling));
        } else if (node.isArray()) {
            node.elements().forEachRemaining(child -> references(child, dangling));
        }
    }
}
