package org.newsgraph.security.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.devstack.testing.RawExchange;
import org.newsgraph.devstack.testing.TestTokens;
import org.newsgraph.security.Roles;
import org.newsgraph.security.routes.Endpoints;
import org.newsgraph.security.routes.Route;
import org.newsgraph.security.routes.Service;

import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * What every application admits, checked against its running self with real tokens of the realm: each route it answers
 * for each kind of caller as {@link Endpoints} says, every other spelling of a path refused before routing, and an
 * endpoint that nobody declared refused although it exists. A module runs it by extending it in a {@code @QuarkusTest}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class AdmissionContract {

    public enum Caller {
        READER(Roles.READER), EDITOR(Roles.EDITOR), ADMIN(Roles.ADMIN), PARTNER(Roles.PARTNER), NO_TOKEN(null);

        private final String role;

        Caller(String role) {
            this.role = role;
        }

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

    /** The application under test. */
    protected abstract Service component();

    /** The routes the application answers, with the path a caller sends. */
    protected List<Route> answered() {
        return Endpoints.ROUTES.stream()
                .filter(route -> component() == Service.GATEWAY ? route.exposure() == Route.Exposure.PUBLIC : route.service() == component())
                .toList();
    }

    protected String pathOf(Route route) {
        String path = component() == Service.GATEWAY ? route.publicPath() : route.path().template();
        return path.replace("{id}", UUID.randomUUID().toString()).replace("{mergedId}", UUID.randomUUID().toString())
                .replace("{revision}", "1")
                .replace("{clientId}", "partner-nobody-" + UUID.randomUUID());
    }

    Stream<Arguments> everyRouteForEveryCaller() {
        return answered().stream().flatMap(route -> Arrays.stream(Caller.values()).map(caller -> Arguments.of(route, caller)));
    }

    /**
     * An allowed caller's request carries an empty body, so that it is admitted without changing anything: what the
     * resource answers then (400, 404) is its own business.
     */
    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("everyRouteForEveryCaller")
    void admitsEachCallerAsTheRouteTableSays(Route route, Caller caller) {
        RequestSpecification request = caller.request();
        if (route.method().name().matches("POST|PUT|PATCH")) {
            request.contentType("application/json").body("{}");
        }
        ValidatableResponse response = request.when().request(route.method().name(), pathOf(route)).then();
        if (caller == Caller.NO_TOKEN) {
            response.statusCode(401).contentType("application/problem+json").body("type", equalTo(problem("token-required")));
        } else if (!route.roles().contains(caller.role)) {
            response.statusCode(403).contentType("application/problem+json").body("type", equalTo(problem("forbidden")));
        } else {
            response.statusCode(not(equalTo(401))).statusCode(not(equalTo(403)));
        }
    }

    Stream<Arguments> everyOtherSpellingOfEveryRoute() {
        return answered().stream().flatMap(route -> spellings(pathOf(route)).map(spelling -> Arguments.of(route, spelling)));
    }

    /** Matrix parameters, encoded separators, backslashes, double slashes and dot segments, each at a segment of the path. */
    static Stream<String> spellings(String path) {
        int second = path.indexOf('/', 1);
        String head = second < 0 ? path : path.substring(0, second);
        String tail = second < 0 ? "" : path.substring(second);
        return Stream.of(head + ";x" + tail, head + ";" + tail, path + ";x", head + "%2F" + tail.replaceFirst("^/", ""),
                head + "%2f..%2f" + tail.replaceFirst("^/", ""), head + "/%2e" + tail, head + "\\" + tail.replaceFirst("^/", ""),
                head + "%5C" + tail.replaceFirst("^/", ""), "/" + path, head + "/" + tail, head + "/." + tail,
                head + "/x/.." + tail, path + "%00", path + "/");
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("everyOtherSpellingOfEveryRoute")
    void refusesEveryOtherSpellingOfAPathWithoutATokenAsUnauthenticated(Route route, String spelling) {
        RawExchange answer = send(route, spelling, null);
        if (!refusedByTheHttpParser(answer)) {
            assertThat(answer.status()).as(answer.answer()).isEqualTo(401);
            assertThat(answer.header("Content-Type")).as(answer.answer()).startsWith("application/problem+json");
        }
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("everyOtherSpellingOfEveryRoute")
    void refusesEveryOtherSpellingOfAPathForAnyRole(Route route, String spelling) {
        RawExchange answer = send(route, spelling, TestTokens.user("admin"));
        if (!refusedByTheHttpParser(answer)) {
            assertThat(answer.status()).as(answer.answer()).isIn(400, 404, 405);
            assertThat(answer.header("Content-Type")).as(answer.answer()).startsWith("application/problem+json");
        }
    }

    /** Sent byte for byte: client libraries tidy a path (collapse slashes, refuse backslashes) before it leaves. */
    private static RawExchange send(Route route, String target, String bearerToken) {
        return RawExchange.send(RestAssured.port, route.method().name() + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + (bearerToken == null ? "" : "Authorization: Bearer " + bearerToken + "\r\n") + "Content-Length: 0\r\n");
    }

    /**
     * Vert.x answers a request line it cannot parse (a raw backslash in the target, say) with a bare 400 before any
     * handler of the application runs: refused, though without a problem body.
     */
    private static boolean refusedByTheHttpParser(RawExchange answer) {
        return answer.status() == 400 && answer.header("Content-Type") == null && answer.body().isEmpty();
    }

    @Test
    void refusesAnEndpointNobodyDeclared() {
        for (Caller caller : Caller.values()) {
            caller.request().when().get(UndeclaredResource.PATH)
                    .then().statusCode(caller == Caller.NO_TOKEN ? 401 : 404).contentType("application/problem+json")
                    .body(not(equalTo(UndeclaredResource.REACHED)));
        }
    }

    private static String problem(String slug) {
        return "https://newsgraph.org/problems/" + slug;
    }
}
