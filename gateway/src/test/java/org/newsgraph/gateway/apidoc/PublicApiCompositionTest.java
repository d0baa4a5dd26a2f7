package org.newsgraph.gateway.apidoc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.junit.jupiter.api.Test;
import org.newsgraph.security.routes.PathTemplate;
import org.newsgraph.security.routes.Route;
import org.newsgraph.security.routes.Service;

import io.vertx.core.http.HttpMethod;

class PublicApiCompositionTest {

    private static final Route SEARCH = new Route(HttpMethod.GET, PathTemplate.of("/actors"), Set.of("reader"), Service.ACTORS,
            Route.Exposure.PUBLIC);
    private static final Route REANNOTATE = new Route(HttpMethod.POST, PathTemplate.of("/admin/reannotation"), Set.of("admin"),
            Service.ACTORS, Route.Exposure.INTERNAL);

    @Test
    void offersAPublicRouteUnderItsPublicPathAsTheServiceDescribesIt() {
        OpenAPI service = document(SEARCH, REANNOTATE);
        service.getComponents().addSchema("ActorSummary", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT));
        OpenAPI composed = OASFactory.createOpenAPI();

        PublicApiComposition.compose(composed, Service.ACTORS, service, List.of(SEARCH, REANNOTATE));

        assertThat(composed.getPaths().getPathItems()).containsOnlyKeys("/api/v1/actors");
        assertThat(composed.getPaths().getPathItem("/api/v1/actors").getGET().getSummary()).isEqualTo("GET /actors");
        assertThat(composed.getComponents().getSchemas()).containsKey("ActorSummary");
    }

    @Test
    void addsTheAnswersTheGatewayGivesItself() {
        OpenAPI composed = OASFactory.createOpenAPI();
        PublicApiComposition.compose(composed, Service.ACTORS, document(SEARCH), List.of(SEARCH));

        PublicApiComposition.addGatewayAnswers(composed, List.of(SEARCH));

        assertThat(composed.getPaths().getPathItem("/api/v1/actors").getGET().getResponses().getAPIResponses()).containsKeys("200", "429", "503");
    }

    @Test
    void refusesToOfferAPublicRouteItsServiceDoesNotDocument() {
        assertThatThrownBy(() -> PublicApiComposition.compose(OASFactory.createOpenAPI(), Service.ACTORS, document(REANNOTATE),
                List.of(SEARCH, REANNOTATE)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("actors-service's API document has no GET /actors");
    }

    @Test
    void refusesTwoSchemasOfOneNameThatDiffer() {
        OpenAPI composed = OASFactory.createOpenAPI().components(OASFactory.createComponents()
                .addSchema("Page", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)));
        OpenAPI service = document(SEARCH);
        service.getComponents().addSchema("Page", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT));

        assertThatThrownBy(() -> PublicApiComposition.compose(composed, Service.ACTORS, service, List.of(SEARCH)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("The schema Page of actors-service's API document differs");
    }

    /** A service's document with an operation for each route, summarised by its method and path. */
    private static OpenAPI document(Route... routes) {
        OpenAPI document = OASFactory.createOpenAPI().paths(OASFactory.createPaths()).components(OASFactory.createComponents());
        for (Route route : routes) {
            Operation operation = OASFactory.createOperation().summary(route.method() + " " + route.path())
                    .responses(OASFactory.createAPIResponses().addAPIResponse("200", OASFactory.createAPIResponse().description("OK")));
            PathItem path = OASFactory.createPathItem();
            path.setOperation(PathItem.HttpMethod.valueOf(route.method().name()), operation);
            document.getPaths().addPathItem(route.path().template(), path);
        }
        return document;
    }
}
