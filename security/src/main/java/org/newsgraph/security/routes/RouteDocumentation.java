package org.newsgraph.security.routes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.newsgraph.problem.ApiComponents;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import io.vertx.core.http.HttpMethod;

/**
 * Gives every operation of an API document the roles {@link Endpoints} declares for it, with the 401 and 403 answers to
 * callers without them, and drops operations it does not declare, since they are refused; the gateway's document and
 * every service's come out of the same table.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class RouteDocumentation implements OASFilter {

    public static final String SCHEME = "bearer";
    static final String UNAUTHORIZED = "Unauthorized";
    static final String FORBIDDEN = "Forbidden";

    @Override
    public void filterOpenAPI(OpenAPI openApi) {
        Service component = ConfigProvider.getConfig().getValue("newsgraph.security.component", Service.class);
        if (openApi.getPaths() != null) {
            for (Map.Entry<String, PathItem> path : new ArrayList<>(openApi.getPaths().getPathItems().entrySet())) {
                for (Map.Entry<PathItem.HttpMethod, Operation> operation : new ArrayList<>(path.getValue().getOperations().entrySet())) {
                    declared(component, HttpMethod.valueOf(operation.getKey().name()), path.getKey()).ifPresentOrElse(
                            route -> secure(operation.getValue(), route),
                            () -> path.getValue().setOperation(operation.getKey(), null));
                }
                if (path.getValue().getOperations().isEmpty()) {
                    openApi.getPaths().removePathItem(path.getKey());
                }
            }
        }
        if (openApi.getComponents() == null) {
            openApi.setComponents(OASFactory.createComponents());
        }
        openApi.getComponents().addSecurityScheme(SCHEME, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                .description("An RS256 access token of realm `newsgraph` whose audience includes `newsgraph-api`. Roles come "
                        + "from the realm roles (`realm_access.roles`): reader, editor, admin, partner."));
        openApi.getComponents().addResponse(UNAUTHORIZED, OASFactory.createAPIResponse()
                .description("No token, or one this API does not accept: expired, of another realm or audience, or badly signed")
                .addHeader("WWW-Authenticate", OASFactory.createHeader().schema(OASFactory.createSchema().addType(SchemaType.STRING)))
                .content(ApiComponents.problemContent()));
        openApi.getComponents().addResponse(FORBIDDEN, OASFactory.createAPIResponse()
                .description("The token's roles do not allow this operation")
                .content(ApiComponents.problemContent()));
    }

    /** Names the roles an operation allows, and the answers to a caller without them. */
    private static void secure(Operation operation, Route route) {
        operation.setSecurity(List.of(OASFactory.createSecurityRequirement().addScheme(SCHEME, route.roles().stream().sorted().toList())));
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        operation.getResponses().addAPIResponse("401", OASFactory.createAPIResponse().ref(UNAUTHORIZED));
        operation.getResponses().addAPIResponse("403", OASFactory.createAPIResponse().ref(FORBIDDEN));
    }

    private static Optional<Route> declared(Service component, HttpMethod method, String documentedPath) {
        return Endpoints.ROUTES.stream()
                .filter(route -> route.method().equals(method))
                .filter(route -> route.pathServedBy(component).equals(documentedPath))
                .filter(route -> component == Service.GATEWAY ? route.exposure() == Route.Exposure.PUBLIC : route.service() == component)
                .findFirst();
    }
}
