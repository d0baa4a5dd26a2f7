package org.newsgraph.security.routes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import io.vertx.core.http.HttpMethod;

class EndpointsTest {

    @ParameterizedTest(name = "{0} {1} at {2} -> {3}")
    @CsvSource({
            "GET,    /api/v1/articles,                GATEWAY,  GET /api/v1/articles",
            "GET,    /api/v1/articles/6f1c1d2e,       GATEWAY,  GET /api/v1/articles/{id}",
            "HEAD,   /api/v1/articles/6f1c1d2e,       GATEWAY,  GET /api/v1/articles/{id}",
            "POST,   /api/v1/articles,                GATEWAY,  POST /api/v1/articles",
            "PUT,    /api/v1/articles/6f1c1d2e,       GATEWAY,  PUT /api/v1/articles/{id}",
            "DELETE, /api/v1/articles/6f1c1d2e,       GATEWAY,  DELETE /api/v1/articles/{id}",
            "GET,    /api/v1/articles/6f1c1d2e/revisions, GATEWAY, GET /api/v1/articles/{id}/revisions",
            "GET,    /api/v1/articles/6f1c1d2e/revisions/2, GATEWAY, GET /api/v1/articles/{id}/revisions/{revision}",
            "GET,    /articles/6f1c1d2e/revisions/2,  ARTICLES, GET /api/v1/articles/{id}/revisions/{revision}",
            "GET,    /api/v1/actors/trending,         GATEWAY,  GET /api/v1/actors/trending",
            "GET,    /api/v1/actors/a1/network,       GATEWAY,  GET /api/v1/actors/{id}/network",
            "PATCH,  /api/v1/actors/a1,               GATEWAY,  PATCH /api/v1/actors/{id}",
            "POST,   /api/v1/actors/a1/merge,         GATEWAY,  POST /api/v1/actors/{id}/merge",
            "POST,   /api/v1/extract,                 GATEWAY,  POST /api/v1/extract",
            "DELETE, /api/v1/partners/partner-xyz,    GATEWAY,  DELETE /api/v1/partners/{clientId}",
            "GET,    /api/v1/partners/partner-xyz,    GATEWAY,  GET /api/v1/partners/{clientId}",
            "PUT,    /api/v1/partners/partner-xyz/quota, GATEWAY, PUT /api/v1/partners/{clientId}/quota",
            "DELETE, /api/v1/partners/partner-xyz/quota, GATEWAY, DELETE /api/v1/partners/{clientId}/quota",
            "GET,    /articles/6f1c1d2e,              ARTICLES, GET /api/v1/articles/{id}",
            "POST,   /actors/a1/merge,                ACTORS,   POST /api/v1/actors/{id}/merge",
            "POST,   /admin/reannotation,             ACTORS,   POST /admin/reannotation",
    })
    void findsTheRouteOfAPath(HttpMethod method, String path, Service component, String route) {
        assertThat(Endpoints.find(component, method, path)).isInstanceOfSatisfying(Endpoints.Found.class,
                found -> assertThat(found.route()).hasToString(route));
    }

    @ParameterizedTest(name = "{1} at {0}")
    @CsvSource({
            "GATEWAY,  /api/v1/articles/6f1c1d2e/revisions/2/body",
            "GATEWAY,  /api/v1/articles/6f1c1d2e/history",
            "GATEWAY,  /api/v1/articles/",
            "GATEWAY,  /api/v1",
            "GATEWAY,  /api/v2/articles",
            "GATEWAY,  /articles",
            "GATEWAY,  /partners",
            "GATEWAY,  /admin/reannotation",
            "GATEWAY,  /api/v1/admin/reannotation",
            "GATEWAY,  /api/v1/actors//merge",
            // Encoded slashes or dots in an id would let a service resolve another path than the one authorised.
            "GATEWAY,  /api/v1/actors/a1%2Fmerge",
            "GATEWAY,  /api/v1/actors/a1%2E%2E",
            "GATEWAY,  /api/v1/actors/..",
            "ARTICLES, /api/v1/articles",
            "ARTICLES, /actors",
            "ARTICLES, /partners",
            "ARTICLES, /partners/partner-xyz/quota",
            "ACTORS,   /partners/partner-xyz/quota",
            "GATEWAY,  /partners/partner-xyz/quota",
            "ARTICLES, /admin/reannotation",
            "ACTORS,   /articles",
            "ACTORS,   /q/dev-ui",
            "ACTORS,   /q/arc/beans",
            "GATEWAY,  /q/metrics/extra",
    })
    void findsNothingForPathsAComponentDoesNotAnswer(Service component, String path) {
        assertThat(Endpoints.find(component, HttpMethod.GET, path)).isInstanceOf(Endpoints.NotFound.class);
    }

    @ParameterizedTest
    @CsvSource({"/q/health", "/q/health/live", "/q/health/ready", "/q/metrics", "/q/openapi", "/q/swagger-ui/", "/q/swagger-ui/index.html"})
    void opensOnlyProbesMetricsAndDocumentsToReadsWithoutAToken(String path) {
        for (Service component : Service.values()) {
            assertThat(Endpoints.find(component, HttpMethod.GET, path)).isInstanceOf(Endpoints.Open.class);
            assertThat(Endpoints.find(component, HttpMethod.POST, path)).isNotInstanceOf(Endpoints.Open.class);
        }
    }

    @Test
    void namesTheMethodsAKnownPathAccepts() {
        assertThat(Endpoints.find(Service.GATEWAY, HttpMethod.PATCH, "/api/v1/articles/6f1c1d2e"))
                .isEqualTo(new Endpoints.MethodNotAllowed(Set.of(HttpMethod.GET, HttpMethod.PUT, HttpMethod.DELETE)));
        assertThat(Endpoints.find(Service.GATEWAY, HttpMethod.POST, "/api/v1/partners/partner-xyz/quota"))
                .isEqualTo(new Endpoints.MethodNotAllowed(Set.of(HttpMethod.PUT, HttpMethod.DELETE)));
    }

    static Stream<Arguments> routesAndTheirRoles() {
        return Stream.of(
                Arguments.of("GET /api/v1/articles", Set.of("reader", "editor", "admin", "partner")),
                Arguments.of("POST /api/v1/articles", Set.of("editor", "admin", "partner")),
                Arguments.of("DELETE /api/v1/articles/{id}", Set.of("editor", "admin", "partner")),
                Arguments.of("GET /api/v1/articles/{id}/revisions", Set.of("reader", "editor", "admin", "partner")),
                Arguments.of("GET /api/v1/articles/{id}/revisions/{revision}", Set.of("reader", "editor", "admin", "partner")),
                Arguments.of("PATCH /api/v1/actors/{id}", Set.of("editor", "admin")),
                Arguments.of("POST /api/v1/actors/{id}/merge", Set.of("editor", "admin")),
                Arguments.of("POST /api/v1/actors/{id}/merges/{mergedId}/undo", Set.of("editor", "admin")),
                Arguments.of("GET /api/v1/actors/{id}/history", Set.of("reader", "editor", "admin", "partner")),
                Arguments.of("POST /api/v1/extract", Set.of("reader", "editor", "admin", "partner")),
                Arguments.of("GET /api/v1/partners", Set.of("admin")),
                Arguments.of("GET /api/v1/partners/{clientId}", Set.of("admin")),
                Arguments.of("PUT /api/v1/partners/{clientId}/quota", Set.of("admin")),
                Arguments.of("DELETE /api/v1/partners/{clientId}/quota", Set.of("admin")),
                Arguments.of("POST /admin/reannotation", Set.of("admin")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routesAndTheirRoles")
    void allowsTheRolesOfTheDesign(String route, Set<String> roles) {
        assertThat(Endpoints.ROUTES).filteredOn(candidate -> candidate.toString().equals(route))
                .singleElement()
                .satisfies(found -> assertThat(found.roles()).isEqualTo(roles));
    }

    @Test
    void everyRouteIsUnique() {
        assertThat(Endpoints.ROUTES).extracting(Route::toString).doesNotHaveDuplicates();
    }
}
