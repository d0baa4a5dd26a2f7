package org.newsgraph.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.io.ByteArrayInputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsgraph.devstack.testing.TestTokens;
import org.newsgraph.gateway.support.ServiceStub;
import org.newsgraph.gateway.support.ServiceStubs;
import org.newsgraph.gateway.support.ServiceStubsResource;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ProxyTest {

    private static final String ARTICLE = "/api/v1/articles/" + ServiceStubs.ARTICLE_ID;
    private static final String TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @ServiceStubsResource.Stubs
    ServiceStubs stubs;

    @TestHTTPResource("/api/v1/extract")
    URI extract;

    @TestHTTPResource("/api/v1/articles")
    URI articles;

    @BeforeEach
    void forgetEarlierRequests() {
        stubs.forget();
    }

    @Test
    void forwardsToTheServiceWithTheCallersTokenRequestIdAndTraceContext() {
        String token = TestTokens.user("bob");

        given().auth().oauth2(token).header("X-Request-Id", "req-42").header("traceparent", TRACEPARENT).header("tracestate", "nw=1")
                .when().get("/api/v1/articles?q=ceasefire&limit=5")
                .then().statusCode(200).header("X-Request-Id", "req-42");

        ServiceStub.Received received = stubs.articles().last();
        assertThat(received.path()).isEqualTo("/articles");
        assertThat(received.query()).isEqualTo("q=ceasefire&limit=5");
        assertThat(received.header("Authorization")).isEqualTo("Bearer " + token);
        assertThat(received.header("X-Request-Id")).isEqualTo("req-42");
        assertThat(received.header("traceparent")).isEqualTo(TRACEPARENT);
        assertThat(received.header("tracestate")).isEqualTo("nw=1");
        assertThat(received.header("X-Forwarded-Prefix")).isEqualTo("/api/v1");
    }

    @Test
    void givesARequestWithoutIdANewOneAndSendsItOn() {
        String id = given().auth().oauth2(TestTokens.user("bob")).when().get("/api/v1/actors")
                .then().statusCode(200).header("X-Request-Id", matchesPattern("[0-9a-f-]{36}")).extract().header("X-Request-Id");

        assertThat(stubs.actors().last().header("X-Request-Id")).isEqualTo(id);
    }

    @Test
    void streamsALargeBodyThroughUnchangedAndMakesTheLocationPublic() {
        byte[] wireCopy = new byte[1_500_000];
        Arrays.fill(wireCopy, (byte) 'a');

        given().auth().oauth2(TestTokens.partnerAgency()).contentType("text/plain").body(wireCopy)
                .when().post("/api/v1/articles")
                .then().statusCode(201)
                .header("Location", "/api/v1/articles/" + ServiceStubs.ARTICLE_ID)
                .header("ETag", "\"r1\"")
                .body("owner", equalTo(TestTokens.PARTNER_AGENCY));

        assertThat(stubs.articles().last().body()).isEqualTo(wireCopy);
    }

    @Test
    void streamsABodyOfNoDeclaredLength() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(extract)
                .header("Authorization", "Bearer " + TestTokens.user("alice"))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream("WASHINGTON - Trump said so.".getBytes())))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(stubs.actors().last().header("Transfer-Encoding")).isEqualTo("chunked");
        assertThat(stubs.actors().last().bodyText()).isEqualTo("WASHINGTON - Trump said so.");
    }

    @Test
    void refusesADeclaredBodyOverTheLimitBeforeReadingIt() throws Exception {
        // A client that waits for 100-continue hears the refusal without sending the body.
        try (Socket socket = new Socket(articles.getHost(), articles.getPort())) {
            socket.setSoTimeout(5000);
            socket.getOutputStream().write(("POST /api/v1/articles HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Bearer " + TestTokens.user("alice") + "\r\nContent-Type: text/plain\r\n"
                    + "Content-Length: " + (2 * 1024 * 1024 + 1) + "\r\nExpect: 100-continue\r\n\r\n").getBytes(StandardCharsets.US_ASCII));

            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(answer).startsWith("HTTP/1.1 413").contains("application/problem+json")
                    .contains("https://newsgraph.org/problems/body-too-large");
        }
        assertThat(stubs.articles().received()).isEmpty();
    }

    @Test
    void sendsTheBodyOnceItHasAdmittedARequestThatExpectsContinue() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(extract)
                .header("Authorization", "Bearer " + TestTokens.user("alice"))
                .header("Content-Type", "text/plain")
                .expectContinue(true)
                .POST(HttpRequest.BodyPublishers.ofString("WASHINGTON - Trump said so."))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(stubs.actors().last().header("Expect")).isNull();
        assertThat(stubs.actors().last().bodyText()).isEqualTo("WASHINGTON - Trump said so.");
    }

    @Test
    void keepsTheServicesHopByHopAndCorsHeadersToItself() {
        given().auth().oauth2(TestTokens.user("bob")).when().get(ARTICLE)
                .then().statusCode(200)
                .header("ETag", "\"r1\"")
                .header("X-Stub-Trace", nullValue())
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void passesTheServicesProblemsThroughAsTheyAre() {
        given().auth().oauth2(TestTokens.user("bob")).when().get("/api/v1/articles/" + ServiceStubs.MISSING_ARTICLE_ID)
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("https://newsgraph.org/problems/article-not-found"));
    }

    @Test
    void answersUnknownRoutesAndMethodsItself() {
        given().auth().oauth2(TestTokens.user("bob")).when().get("/api/v1/articles/" + ServiceStubs.ARTICLE_ID + "/history")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("https://newsgraph.org/problems/route-not-found"));
        given().auth().oauth2(TestTokens.user("alice")).when().patch(ARTICLE)
                .then().statusCode(405).header("Allow", "GET, PUT, DELETE").contentType("application/problem+json");

        assertThat(stubs.articles().received()).isEmpty();
    }

    @Test
    void hardensEveryAnswerTheServicesAndItsOwn() {
        for (var response : new io.restassured.response.Response[] {
                given().auth().oauth2(TestTokens.user("bob")).when().get(ARTICLE),
                given().when().get(ARTICLE),
                given().auth().oauth2("garbage").when().get(ARTICLE)}) {
            response.then()
                    .header("X-Content-Type-Options", "nosniff")
                    .header("X-Frame-Options", "DENY")
                    .header("Referrer-Policy", "no-referrer")
                    .header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'")
                    .header("Strict-Transport-Security", nullValue())
                    .header("X-Request-Id", matchesPattern(".+"));
        }
    }

    @Test
    void answersAPreflightFromAConfiguredOrigin() {
        given().header("Origin", "http://localhost:5173").header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "authorization,if-match,content-type")
                .when().options(ARTICLE)
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:5173")
                .header("Access-Control-Allow-Credentials", not(equalTo("true")));
    }

    @Test
    void refusesAPreflightFromAnyOtherOrigin() {
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "DELETE")
                .when().options(ARTICLE)
                .then().statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());
    }
}
