package org.newsgraph.gateway.edge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.equalToIgnoringCase;

import org.junit.jupiter.api.Test;
import org.newsgraph.devstack.testing.TestTokens;
import org.newsgraph.gateway.support.ServiceStubs;

import io.quarkus.test.junit.QuarkusTest;

/** Browsers' requests, as a cache between them and the gateway must tell them apart. */
@QuarkusTest
class CorsTest {

    private static final String WEB_APP = "http://localhost:3000";
    private static final String ARTICLE = "/api/v1/articles/" + ServiceStubs.ARTICLE_ID;

    @Test
    void anAnswerToAnAllowedOriginVariesByOrigin() {
        given().auth().oauth2(TestTokens.user("bob")).header("Origin", WEB_APP)
                .when().get(ARTICLE)
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", WEB_APP)
                .header("Vary", containsString("Origin"));
    }

    @Test
    void anAnswerWithoutOriginVariesByOriginToo() {
        given().auth().oauth2(TestTokens.user("bob"))
                .when().get(ARTICLE)
                .then().statusCode(200).header("Vary", equalToIgnoringCase("Origin"));
    }

    @Test
    void aRefusedOriginsProblemVariesByOrigin() {
        given().auth().oauth2(TestTokens.user("bob")).header("Origin", "https://elsewhere.example")
                .when().get(ARTICLE)
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("https://newsgraph.org/problems/origin-not-allowed"))
                .header("Vary", containsString("Origin"));
    }

    @Test
    void aPreflightAllowsAConditionalReadAndVariesByOrigin() {
        given().header("Origin", WEB_APP).header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization, if-none-match")
                .when().options(ARTICLE)
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", WEB_APP)
                .header("Access-Control-Allow-Headers", containsString("If-None-Match"))
                .header("Vary", containsString("Origin"));
    }
}
