package org.newsgraph.gateway.access;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.devstack.testing.TestTokens;
import org.newsgraph.security.routes.Endpoints;
import org.newsgraph.security.routes.Route;
import org.newsgraph.gateway.support.ServiceStubs;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/**
 * Every public route against every kind of caller. The expectations are written out here, apart from {@link Endpoints},
 * so that a wrong entry there fails this test instead of being copied into it.
 */
@QuarkusTest
class AccessMatrixTest {

    enum Caller {
        READER, EDITOR, ADMIN, PARTNER, NO_TOKEN;

        RequestSpecification request() {
            RequestSpecification request = given();
            return switch (this) {
                case READER -> request.auth().oauth2(TestTokens.user("bob"));
                case EDITOR -> request.auth().oauth2(TestTokens.user("alice"));
                case ADMIN -> request.auth().oauth2(TestTokens.user("admin"));
                case PARTNER -> request.auth().oauth2(TestTokens.partnerAgency());
                case NO_TOKEN -> request;
            };
        }
    }

    private static final Set<Caller> EVERYONE = Set.of(Caller.READER, Caller.EDITOR, Caller.ADMIN, Caller.PARTNER);
    private static final Set<Caller> WRITERS = Set.of(Caller.EDITOR, Caller.ADMIN, Caller.PARTNER);
    private static final Set<Caller> CURATORS = Set.of(Caller.EDITOR, Caller.ADMIN);
    private static final Set<Caller> ADMINS = Set.of(Caller.ADMIN);
    private static final String ARTICLE = "/api/v1/articles/" + ServiceStubs.ARTICLE_ID;
    private static final String ACTOR = "/api/v1/actors/" + ServiceStubs.KNOWN_ACTOR_ID;

    /** @param allowedStatus what an allowed caller gets, from the stub or, for partners, from Keycloak */
    record Case(String method, String path, String route, String body, Set<Caller> allowed, int allowedStatus) {
    }

    static final List<Case> CASES = List.of(
            new Case("GET", "/api/v1/articles?q=ceasefire", "GET /api/v1/articles", null, EVERYONE, 200),
            new Case("GET", ARTICLE, "GET /api/v1/articles/{id}", null, EVERYONE, 200),
            new Case("POST", "/api/v1/articles", "POST /api/v1/articles", "{\"title\":\"t\",\"body\":\"b\"}", WRITERS, 201),
            new Case("PUT", ARTICLE, "PUT /api/v1/articles/{id}", "{\"title\":\"t\",\"body\":\"b\"}", WRITERS, 200),
            new Case("DELETE", ARTICLE, "DELETE /api/v1/articles/{id}", null, WRITERS, 200),
            new Case("GET", ARTICLE + "/revisions", "GET /api/v1/articles/{id}/revisions", null, EVERYONE, 200),
            new Case("GET", ARTICLE + "/revisions/1", "GET /api/v1/articles/{id}/revisions/{revision}", null, EVERYONE, 200),
            new Case("GET", ARTICLE + "/mentions", "GET /api/v1/articles/{id}/mentions", null, EVERYONE, 200),
            new Case("GET", "/api/v1/actors?q=Trump", "GET /api/v1/actors", null, EVERYONE, 200),
            new Case("GET", "/api/v1/actors/trending", "GET /api/v1/actors/trending", null, EVERYONE, 200),
            new Case("GET", ACTOR, "GET /api/v1/actors/{id}", null, EVERYONE, 200),
            new Case("GET", ACTOR + "/articles", "GET /api/v1/actors/{id}/articles", null, EVERYONE, 200),
            new Case("GET", ACTOR + "/quotes", "GET /api/v1/actors/{id}/quotes", null, EVERYONE, 200),
            new Case("GET", ACTOR + "/network", "GET /api/v1/actors/{id}/network", null, EVERYONE, 200),
            new Case("PATCH", ACTOR, "PATCH /api/v1/actors/{id}", "{\"name\":\"Donald J. Trump\"}", CURATORS, 200),
            new Case("POST", ACTOR + "/merge", "POST /api/v1/actors/{id}/merge", "{\"into\":\"x\"}", CURATORS, 200),
            new Case("POST", ACTOR + "/merges/" + UUID.randomUUID() + "/undo", "POST /api/v1/actors/{id}/merges/{mergedId}/undo", null,
                    CURATORS, 200),
            new Case("GET", ACTOR + "/history", "GET /api/v1/actors/{id}/history", null, EVERYONE, 200),
            new Case("POST", "/api/v1/extract", "POST /api/v1/extract", "WASHINGTON - Trump said so.", EVERYONE, 200),
            new Case("GET", "/api/v1/partners", "GET /api/v1/partners", null, ADMINS, 200),
            new Case("POST", "/api/v1/partners", "POST /api/v1/partners",
                    "{\"name\":\"Matrix\",\"clientId\":\"partner-matrix-" + UUID.randomUUID().toString().substring(0, 8) + "\"}", ADMINS, 201),
            new Case("GET", "/api/v1/partners/partner-nobody", "GET /api/v1/partners/{clientId}", null, ADMINS, 404),
            new Case("DELETE", "/api/v1/partners/partner-nobody", "DELETE /api/v1/partners/{clientId}", null, ADMINS, 404),
            new Case("PUT", "/api/v1/partners/partner-nobody/quota", "PUT /api/v1/partners/{clientId}/quota", "{\"perMinute\":10}", ADMINS, 404),
            new Case("DELETE", "/api/v1/partners/partner-nobody/quota", "DELETE /api/v1/partners/{clientId}/quota", null, ADMINS, 404),
            new Case("POST", "/api/v1/partners/partner-nobody/enable", "POST /api/v1/partners/{clientId}/enable", null, ADMINS, 404),
            new Case("POST", "/api/v1/partners/partner-nobody/secret", "POST /api/v1/partners/{clientId}/secret", null, ADMINS, 404));

    static Stream<Arguments> everyRouteForEveryCaller() {
        return CASES.stream().flatMap(route -> Arrays.stream(Caller.values()).map(caller -> Arguments.of(route.route(), caller, route)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("everyRouteForEveryCaller")
    void answersEachCallerAsItsRolesAllow(String route, Caller caller, Case request) {
        int expected = caller == Caller.NO_TOKEN ? 401 : request.allowed().contains(caller) ? request.allowedStatus() : 403;
        RequestSpecification call = caller.request();
        if (request.body() != null) {
            call.contentType(request.body().startsWith("{") ? "application/json" : "text/plain").body(request.body());
        }

        var response = call.when().request(request.method(), request.path()).then().statusCode(expected);
        if (expected == 401 || expected == 403) {
            response.contentType("application/problem+json").body("status", equalTo(expected));
        }
    }

    @Test
    void coversEveryRouteOfThePublicApi() {
        assertThat(CASES.stream().map(Case::route).collect(Collectors.toSet()))
                .isEqualTo(Endpoints.ROUTES.stream().filter(route -> route.exposure() == Route.Exposure.PUBLIC)
                        .map(Route::toString).collect(Collectors.toSet()));
    }
}
