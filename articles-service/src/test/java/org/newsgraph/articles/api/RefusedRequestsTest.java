package org.newsgraph.articles.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.newsgraph.security.testing.RequestEdgeContract;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** What the service refuses, each as a problem that says what was wrong: never a 500, never an empty body. */
@QuarkusTest
class RefusedRequestsTest extends RequestEdgeContract {

    @Test
    void nulByteInQueryIsRefusedWith400() {
        given().urlEncodingEnabled(false).when().get("/articles?q=a%00b")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("https://newsgraph.org/problems/invalid-query"))
                .body("detail", startsWith("Query parameter q holds NUL (U+0000) at index 1"));
    }

    @Test
    void nulByteInArticleBodyIsRefusedWith400() {
        given().contentType(ContentType.JSON).body(Map.of("title", "Talks", "body", "Talks\u0000resume."))
                .when().post("/articles")
                .then().statusCode(400).contentType(PROBLEM)
                .body("detail", startsWith("Field 'body' holds NUL (U+0000) at index 5"))
                .body("errors[0].field", equalTo("body"));
        given().contentType("text/plain; charset=utf-8").body("WASHINGTON - Talks\u0000resume.")
                .when().post("/articles")
                .then().statusCode(400).contentType(PROBLEM)
                .body("detail", startsWith("The body holds NUL (U+0000) at index 18"));
    }

    @Test
    void halfASurrogatePairInATitleIsRefusedWith400() {
        given().contentType(ContentType.JSON).body("{\"title\":\"Talks \\ud800\",\"body\":\"Talks resume.\"}")
                .when().post("/articles")
                .then().statusCode(400).contentType(PROBLEM)
                .body("detail", startsWith("Field 'title' holds half of a surrogate pair (U+D800) at index 6"));
    }

    @Test
    void malformedLimitIsRefusedWith400() {
        given().when().get("/articles?limit=abc")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("https://newsgraph.org/problems/invalid-query"))
                .body("detail", equalTo("limit must be a whole number between 1 and 100, not 'abc'."));
    }

    @Test
    void unknownQueryParameterIsRefusedWith400() {
        given().when().get("/articles?q=talks&limt=5")
                .then().statusCode(400).contentType(PROBLEM)
                .body("detail", equalTo("Unknown query parameter 'limt'; this operation takes actor, byline, cursor, facet-size, facets, fields, "
                        + "from, language, limit, owner, q, sort, source, to."));
        given().when().get("/articles?q=talks&order-by=newest&select=title")
                .then().statusCode(400).contentType(PROBLEM)
                .body("detail", startsWith("Unknown query parameters 'order-by', 'select'; this operation takes actor, byline,"));
        given().when().get("/articles?limit=5&limit=50")
                .then().statusCode(400).contentType(PROBLEM)
                .body("detail", equalTo("limit is given 2 times; give it once."));
    }

    @Test
    void jsonOfTheWrongTypeIsRefusedWith400NamingTheFieldAndType() {
        given().contentType(ContentType.JSON).body("{\"title\":[\"x\"],\"body\":\"Talks resume.\"}")
                .when().post("/articles")
                .then().statusCode(400).contentType(PROBLEM)
                .body("detail", equalTo("Field 'title' must be a string."))
                .body("errors[0].field", equalTo("title"));
        given().contentType(ContentType.JSON).body("{\"title\":\"Talks\",\"body\":\"Talks resume.\",\"publishedAt\":\"yesterday\"}")
                .when().post("/articles")
                .then().statusCode(400).contentType(PROBLEM)
                .body("detail", equalTo("Field 'publishedAt' must be an ISO-8601 instant such as 2026-10-07T12:00:00Z, not 'yesterday'."));
        given().contentType(ContentType.JSON).body("[]")
                .when().post("/articles")
                .then().statusCode(400).contentType(PROBLEM)
                .body("detail", equalTo("The body must be a JSON object."));
        given().contentType(ContentType.JSON).body("{\"title\":")
                .when().post("/articles")
                .then().statusCode(400).contentType(PROBLEM)
                .body("detail", startsWith("The body is not valid JSON"));
    }

    @Test
    void publishedAtFurtherAheadThanAnEmbargoLastsIsRefusedWith400() {
        given().contentType(ContentType.JSON).body(Map.of("title", "Pinned", "body", "Pinned on top.", "publishedAt", "2099-01-01T00:00:00Z"))
                .when().post("/articles")
                .then().statusCode(400).contentType(PROBLEM)
                .body("detail", startsWith("publishedAt 2099-01-01T00:00:00Z is ahead of the platform's clock"));
        String soon = Instant.now().plus(30, ChronoUnit.DAYS).toString();
        given().contentType(ContentType.JSON).body(Map.of("title", "Embargoed", "body", "Out next month.", "publishedAt", soon))
                .when().post("/articles")
                .then().statusCode(201);
    }

    @Override
    protected String listPath() {
        return "/articles";
    }

    @Override
    protected String textPath() {
        return "/articles";
    }
}
