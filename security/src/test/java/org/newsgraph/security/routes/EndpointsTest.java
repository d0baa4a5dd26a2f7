package org.newsgraph.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import io.vertx.core.http.HttpMethod;

class PublicApiTest {

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
            "GET,    /api/v1/articles,                          GET /api/v1/articles",
            "GET,    /api/v1/articles/6f1c1d2e,                 GET /api/v1/articles/{id}",
            "POST,   /api/v1/articles,                          POST /api/v1/articles",
            "PUT,    /api/v1/articles/6f1c1d2e,                 PUT /api/v1/articles/{id}",
            "DELETE, /api/v1/articles/6f1c1d2e,                 DELETE /api/v1/articles/{id}",
            "GET,    /api/v1/actors/a1/network,                 GET /api/v1/actors/{id}/network",
            "PATCH,  /api/v1/actors/a1,                         PATCH /api/v1/actors/{id}",
            "POST,   /api/v1/actors/a1/merge,                   POST /api/v1/actors/{id}/merge",
            "POST,   /api/v1/extract,                           POST /api/v1/extract",
            "DELETE, /api/v1/partners/partner-xyz,              DELETE /api/v1/partners/{clientId}",
    })
    void findsTheRouteOfAPath(HttpMethod method, String path, String route) {
        assertThat(PublicApi.find(method, path)).isInstanceOfSatisfying(PublicApi.Found.class,
                found -> assertThat(found.route()).hasToString(route));
    }

    @ParameterizedTest
    @CsvSource({
            "/api/v1/articles/6f1c1d2e/revisions",
            "/api/v1/articles/",
            "/api/v1",
            "/api/v2/articles",
            "/articles",
            "/api/v1/actors//merge",
            // Encoded slashes or dots in an id would let a service resolve another path than the one authorised.
            "/api/v1/actors/a1%2Fmerge",
            "/api/v1/actors/a1%2E%2E",
            "/api/v1/actors/..",
    })
    void answersNothingForPathsOutsideTheApi(String path) {
        assertThat(PublicApi.find(HttpMethod.GET, path)).isInstanceOf(PublicApi.NotFound.class);
    }

    @Test
    void namesTheMethodsAKnownPathAccepts() {
        assertThat(PublicApi.find(HttpMethod.PATCH, "/api/v1/articles/6f1c1d2e"))
                .isEqualTo(new PublicApi.MethodNotAllowed(Set.of(HttpMethod.GET, HttpMethod.PUT, HttpMethod.DELETE)));
    }

    static Stream<Arguments> routesAndTheirRoles() {
        return Stream.of(
                Arguments.of("GET /api/v1/articles", Set.of("reader", "editor", "admin", "partner")),
                Arguments.of("POST /api/v1/articles", Set.of("editor", "admin", "partner")),
                Arguments.of("DELETE /api/v1/articles/{id}", Set.of("editor", "admin", "partner")),
                Arguments.of("PATCH /api/v1/actors/{id}", Set.of("editor", "admin")),
                Arguments.of("POST /api/v1/actors/{id}/merge", Set.of("editor", "admin")),
                Arguments.of("POST /api/v1/extract", Set.of("reader", "editor", "admin", "partner")),
                Arguments.of("GET /api/v1/partners", Set.of("admin")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routesAndTheirRoles")
    void allowsTheRolesOfTheDesign(String route, Set<String> roles) {
        assertThat(PublicApi.ROUTES).filteredOn(candidate -> candidate.toString().equals(route))
                .singleElement()
                .satisfies(found -> assertThat(found.roles()).isEqualTo(roles));
    }

    @Test
    void everyRouteIsUnique() {
        assertThat(PublicApi.ROUTES).extracting(Route::toString).doesNotHaveDuplicates();
    }
}
