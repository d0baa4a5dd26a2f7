package org.newsgraph.gateway.apidoc;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.tags.Tag;
import org.newsgraph.gateway.compose.ActorExpansion;
import org.newsgraph.security.routes.Endpoints;
import org.newsgraph.security.routes.Route;
import org.newsgraph.security.routes.Service;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import io.smallrye.openapi.api.SmallRyeOpenAPI;

/**
 * Composes the public API document when the gateway is built, from the documents the services' builds wrote (the
 * gateway's pom copies them to {@value #DOCUMENTS}): each public route of {@link Endpoints} is described as its
 * service describes it, under its public path, with the answers the gateway adds. A service operation that is no
 * public route is left out. The build fails when a public route is not in its service's document, or when two
 * documents define a schema of one name differently.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class PublicApiComposition implements OASFilter {

    static final String DOCUMENTS = "META-INF/service-api/";
    private static final List<Service> SERVICES = List.of(Service.ARTICLES, Service.ACTORS);

    @Override
    public void filterOpenAPI(OpenAPI openApi) {
        for (Service service : SERVICES) {
            compose(openApi, service, read(service), Endpoints.ROUTES);
        }
        addGatewayAnswers(openApi, Endpoints.ROUTES);
    }

    /** Adds the public routes of one service's document, and the components they use, to the public document. */
    static void compose(OpenAPI openApi, Service service, OpenAPI document, List<Route> routes) {
        Set<String> tagsUsed = new HashSet<>();
        for (Route route : routes) {
            if (route.service() != service || route.exposure() != Route.Exposure.PUBLIC) {
                continue;
            }
            Operation operation = operation(document, route.path().template(), route).orElseThrow(() -> new IllegalStateException(
                    service.displayName() + "'s API document has no " + route.method() + " " + route.path() + ", which Endpoints offers as " + route));
            Optional.ofNullable(document.getPaths().getPathItem(route.path().template()).getParameters())
                    .ifPresent(shared -> shared.forEach(operation::addParameter));
            if (openApi.getPaths() == null) {
                openApi.setPaths(OASFactory.createPaths());
            }
            PathItem offered = Optional.ofNullable(openApi.getPaths().getPathItem(route.publicPath())).orElseGet(OASFactory::createPathItem);
            offered.setOperation(PathItem.HttpMethod.valueOf(route.method().name()), operation);
            tagsUsed.addAll(Optional.ofNullable(operation.getTags()).orElse(List.of()));
            openApi.getPaths().addPathItem(route.publicPath(), offered);
        }
        if (document.getComponents() != null) {
            if (openApi.getComponents() == null) {
                openApi.setComponents(OASFactory.createComponents());
            }
            Components into = openApi.getComponents();
            Components from = document.getComponents();
            merge(service, "schema", from.getSchemas(), into.getSchemas(), into::addSchema);
            merge(service, "response", from.getResponses(), into.getResponses(), into::addResponse);
            merge(service, "parameter", from.getParameters(), into.getParameters(), into::addParameter);
            merge(service, "example", from.getExamples(), into.getExamples(), into::addExample);
            merge(service, "request body", from.getRequestBodies(), into.getRequestBodies(), into::addRequestBody);
            merge(service, "header", from.getHeaders(), into.getHeaders(), into::addHeader);
        }
        for (Tag tag : Optional.ofNullable(document.getTags()).orElse(List.of())) {
            if (tagsUsed.contains(tag.getName())
                    && Optional.ofNullable(openApi.getTags()).orElse(List.of()).stream().noneMatch(known -> known.getName().equals(tag.getName()))) {
                openApi.addTag(tag);
            }
        }
    }

    private static <T> void merge(Service service, String kind, Map<String, T> from, Map<String, T> into, BiConsumer<String, T> add) {
        if (from == null) {
            return;
        }
        from.forEach((name, component) -> {
            T known = into == null ? null : into.get(name);
            if (known != null && !known.equals(component)) {
                throw new IllegalStateException("The " + kind + " " + name + " of " + service.displayName()
                        + "'s API document differs from another of that name: give one of them another name");
            }
            add.accept(name, component);
        });
    }

    /**
     * What the gateway answers itself: 429 to any operation, 503 when the service behind it (or Keycloak, for the
     * partners) fails, and the expansion of an article.
     */
    static void addGatewayAnswers(OpenAPI openApi, List<Route> routes) {
        for (Route route : routes) {
            Optional<Operation> offered = route.exposure() == Route.Exposure.PUBLIC ? operation(openApi, route.publicPath(), route) : Optional.empty();
            if (offered.isEmpty()) {
                continue;
            }
            Operation operation = offered.get();
            operation.getResponses().addAPIResponse("429", OASFactory.createAPIResponse().ref(PublicApi.TOO_MANY_REQUESTS));
            operation.getResponses().addAPIResponse("503", OASFactory.createAPIResponse().ref(PublicApi.SERVICE_UNAVAILABLE));
            if (route.equals(Endpoints.ARTICLE)) {
                operation.addParameter(actorExpansion());
            }
        }
    }

    /** The operation of the route's method that a document describes at {@code path}. */
    private static Optional<Operation> operation(OpenAPI document, String path, Route route) {
        return Optional.ofNullable(document.getPaths()).map(paths -> paths.getPathItem(path))
                .map(item -> item.getOperations().get(PathItem.HttpMethod.valueOf(route.method().name())));
    }

    private static Parameter actorExpansion() {
        return OASFactory.createParameter().name(ActorExpansion.PARAMETER).in(Parameter.In.QUERY)
                .description("""
                        `actors`: each actor tag also carries the actor's `summary` from the actor registry (`id`, `name`, `type`,
                        `roles`, `aliases`, `mentionCount` across all articles), and `expanded` says whether that is `complete` or
                        `partial` (the registry could not be reached: tags stay as they are, and a `Warning` header says so). An actor
                        the registry no longer knows is not expanded. The ETag of an expanded article is weak, and If-None-Match is
                        not used with it.""")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).enumeration(List.of(ActorExpansion.ACTORS)));
    }

    private static OpenAPI read(Service service) {
        String resource = DOCUMENTS + service.displayName() + "-openapi.json";
        try (InputStream document = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (document == null) {
                throw new IllegalStateException(resource + " is missing: the gateway's build copies it from " + service.displayName()
                        + "'s, so build them together (./mvnw install, or -pl gateway -am)");
            }
            byte[] json = document.readAllBytes();
            return SmallRyeOpenAPI.builder()
                    .withCustomStaticFile(() -> new ByteArrayInputStream(json))
                    .enableModelReader(false)
                    .enableStandardStaticFiles(false)
                    .enableAnnotationScan(false)
                    .enableStandardFilter(false)
                    .build()
                    .model();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + resource, e);
        }
    }
}
