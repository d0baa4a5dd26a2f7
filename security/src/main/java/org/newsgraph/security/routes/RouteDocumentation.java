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
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import io.vertx.core.http.HttpMethod;

/**
 * Gives every operation of an API document the roles {@link Endpoints} declares for it, and drops operations it does
 * not declare, since they are refused; the gateway's document and every service's come out of the same table.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class RouteDocumentation implements OASFilter {

    public static final String SCHEME = "bearer";

    @Override
    public void filterOpenAPI(OpenAPI openApi) {
        Service component = ConfigProvider.getConfig().getValue("newsgraph.security.component", Service.class);
        if (openApi.getPaths() != null) {
            for (Map.Entry<String, PathItem> path : new ArrayList<>(openApi.getPaths().getPathItems().entrySet())) {
                for (Map.Entry<PathItem.HttpMethod, Operation> operation : new ArrayList<>(path.getValue().getOperations().entrySet())) {
                    declared(component, HttpMethod.valueOf(operation.getKey().name()), path.getKey()).ifPresentOrElse(
                            route -> operation.getValue().setSecurity(List.of(OASFactory.createSecurityRequirement()
                                    .addScheme(SCHEME, route.roles().stream().sorted().toList()))),
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
    }

    private static Optional<Route> declared(Service component, HttpMethod method, String documentedPath) {
        return Endpoints.ROUTES.stream()
                .filter(route -> route.method().equals(method))
                .filter(route -> (component == Service.GATEWAY ? route.publicPath() : route.path().template()).equals(documentedPath))
                .filter(route -> component == Service.GATEWAY ? route.exposure() == Route.Exposure.PUBLIC : route.service() == component)
                .findFirst();
    }
}
