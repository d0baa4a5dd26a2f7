package org.newsgraph.gateway.edge;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsgraph.devstack.testing.TestTokens;
import org.newsgraph.devstack.testing.RawExchange;
import org.newsgraph.gateway.support.ServiceStubs;
import org.newsgraph.gateway.support.ServiceStubsResource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/** What the gateway refuses before any route runs, each as a problem: never an empty body. */
@QuarkusTest
class EdgeProblemsTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String ARTICLE = "/api/v1/articles/" + ServiceStubs.ARTICLE_ID;

    @ServiceStubsResource.Stubs
    ServiceStubs stubs;

    @BeforeEach
    void forgetEarlierRequests() {
        stubs.forget();
    }

    @Test
    void overlongRequestTargetIsRefusedWith414Problem() {
        RawExchange answer = RawExchange.send(RestAssured.port, "GET /api/v1/articles?q=" + "a".repeat(5000) + " HTTP/1.1\r\nHost: localhost\r\n");

        assertThat(answer.status()).as(answer.answer()).isEqualTo(414);
        assertThat(answer.header("Content-Type")).isEqualTo(PROBLEM);
        assertThat(answer.header("X-Request-Id")).isNotNull();
        assertThat(answer.body()).contains("\"detail\":\"The request target has 5019 characters; at most 4096 are accepted.\"");
        assertThat(stubs.articles().received()).isEmpty();
    }

    @Test
    void oversizedHeadersAreRefusedWith431Problem() {
        RawExchange answer = RawExchange.send(RestAssured.port,
                "GET /api/v1/articles HTTP/1.1\r\nHost: localhost\r\nCookie: " + "c".repeat(30_000) + "\r\n");

        assertThat(answer.status()).as(answer.answer()).isEqualTo(431);
        assertThat(answer.header("Content-Type")).isEqualTo(PROBLEM);
        assertThat(answer.body()).contains("https://newsgraph.org/problems/headers-too-large");
    }

    @Test
    void bodyDeclaredOverTheHttpLimitIsRefusedWith413Problem() {
        RawExchange answer = RawExchange.send(RestAssured.port, "POST /api/v1/articles HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: Bearer " + TestTokens.user("alice") + "\r\nContent-Type: text/plain\r\nContent-Length: 17000000\r\n");

        assertThat(answer.status()).as(answer.answer()).isEqualTo(413);
        assertThat(answer.header("Content-Type")).isEqualTo(PROBLEM);
        assertThat(answer.body()).contains("https://newsgraph.org/problems/body-too-large");
        assertThat(stubs.articles().received()).isEmpty();
    }

    @Test
    void preflightFromAnotherOriginIsRefusedWith403Problem() {
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "DELETE")
                .when().options(ARTICLE)
                .then().statusCode(403).contentType(PROBLEM)
                .header("Access-Control-Allow-Origin", nullValue())
                .body("type", equalTo("https://newsgraph.org/problems/origin-not-allowed"))
                .body("detail", equalTo("Pages from https://evil.example may not call this API; "
                        + "browsers may call it only from the web origins it is configured for."));
    }

    @Test
    void requestFromAnotherOriginIsRefusedWith403Problem() {
        given().auth().oauth2(TestTokens.user("bob")).header("Origin", "https://evil.example")
                .when().get(ARTICLE)
                .then().statusCode(403).contentType(PROBLEM)
                .body("type", equalTo("https://newsgraph.org/problems/origin-not-allowed"));
        assertThat(stubs.articles().received()).isEmpty();
    }

    @Test
    void unsafeRequestIdIsReplacedAndTheNewOneSentOn() {
        String id = given().auth().oauth2(TestTokens.user("bob")).header("X-Request-Id", "../../etc/passwd")
                .when().get(ARTICLE)
                .then().statusCode(200).header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"))
                .extract().header("X-Request-Id");

        assertThat(stubs.articles().last().header("X-Request-Id")).isEqualTo(id);
    }
}
