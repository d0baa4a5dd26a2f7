package org.newsgraph.gateway.edge;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.newsgraph.security.routes.Endpoints;
import org.newsgraph.security.routes.Route;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class ApiDocumentationTest {

    @Test
    void documentsEveryPublicRouteWithTheRolesItAllows() {
        JsonPath openApi = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200).extract().jsonPath();

        for (Route route : Endpoints.ROUTES.stream().filter(route -> route.exposure() == Route.Exposure.PUBLIC).toList()) {
            String operation = "paths.'" + route.publicPath() + "'." + route.method().name().toLowerCase(Locale.ROOT);
            List<String> roles = openApi.getList(operation + ".security[0].bearer");
            assertThat(roles).as(route.toString()).containsExactlyInAnyOrderElementsOf(route.roles());
        }
    }

    @Test
    void describesTheBearerTokenAndTheRealmThatIssuesIt() {
        JsonPath openApi = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200).extract().jsonPath();

        assertThat(openApi.getString("components.securitySchemes.bearer.type")).isEqualTo("http");
        assertThat(openApi.getString("components.securitySchemes.bearer.scheme")).isEqualTo("bearer");
        assertThat(openApi.getString("components.securitySchemes.keycloak.type")).isEqualTo("openIdConnect");
        assertThat(openApi.getString("components.securitySchemes.keycloak.openIdConnectUrl")).isEqualTo(
                ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class) + "/.well-known/openid-configuration");
    }

    @Test
    void servesSwaggerUi() {
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }
}
