package org.newsgraph.articles.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.newsgraph.devstack.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** The service checks the token itself: nothing is reachable without one, even from inside the cluster. */
@QuarkusTest
class ArticleSecurityTest {

    private static RequestSpecification as(String token) {
        RestAssured.requestSpecification = null;
        return given().auth().oauth2(token);
    }

    private static String fileAs(String token, String title) {
        return as(token).contentType(ContentType.JSON).body(Map.of("title", title, "body", "Body of " + title))
                .when().post("/articles").then().statusCode(201).extract().path("id");
    }

    @Test
    void withoutATokenNothingIsReachable() {
        RestAssured.requestSpecification = null;
        given().when().get("/articles").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Bearer"));
        given().contentType(ContentType.TEXT).body("text").when().post("/articles").then().statusCode(401);
        given().auth().oauth2("not.a.token").when().get("/articles").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void healthStaysOpenForTheProbes() {
        RestAssured.requestSpecification = null;
        given().when().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void aReaderReadsButDoesNotWrite() {
        String id = fileAs(TestTokens.user("alice"), "Read by bob");
        as(TestTokens.user("bob")).when().get("/articles/{id}", id).then().statusCode(200);
        as(TestTokens.user("bob")).contentType(ContentType.JSON).body(Map.of("title", "t", "body", "b"))
                .when().post("/articles").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void aPartnerOwnsWhatItFiledAndChangesNothingElse() {
        String partners = fileAs(TestTokens.partnerAgency(), "Filed by the agency");
        as(TestTokens.partnerAgency()).when().get("/articles/{id}", partners).then().body("owner", equalTo("partner-agency"));
        as(TestTokens.partnerAgency()).contentType(ContentType.JSON).header("If-Match", "\"r1\"")
                .body(Map.of("title", "Revised by the agency", "body", "New body"))
                .when().put("/articles/{id}", partners).then().statusCode(200);

        String alices = fileAs(TestTokens.user("alice"), "Filed by alice");
        as(TestTokens.partnerAgency()).contentType(ContentType.JSON).header("If-Match", "\"r1\"")
                .body(Map.of("title", "Hijacked", "body", "Hijacked"))
                .when().put("/articles/{id}", alices).then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("https://newsgraph.org/problems/not-article-owner"))
                .body("detail", not(containsString("another partner"))); // an editor filed it
        as(TestTokens.partnerAgency()).when().delete("/articles/{id}", alices).then().statusCode(403);

        // An editor may change any article, a partner's included.
        as(TestTokens.user("alice")).when().delete("/articles/{id}", partners).then().statusCode(200);
    }

    @Test
    void aWithdrawnArticlesTextStaysWithItsOwnerAndTheEditors() {
        String id = fileAs(TestTokens.partnerAgency(), "Withdrawn by the agency");
        as(TestTokens.partnerAgency()).when().delete("/articles/{id}", id).then().statusCode(200).body("withdrawnAt", notNullValue());

        String reader = TestTokens.user("bob");
        for (String path : new String[] {"/articles/{id}", "/articles/{id}/revisions", "/articles/{id}/revisions/1"}) {
            as(reader).when().get(path, id)
                    .then().statusCode(410).contentType("application/problem+json")
                    .body("type", equalTo("https://newsgraph.org/problems/article-gone"))
                    .body("article.id", equalTo(id))
                    .body("article.title", equalTo("Withdrawn by the agency"))
                    .body("article.status", equalTo("WITHDRAWN"))
                    .body("article.withdrawnAt", notNullValue())
                    .body(not(containsString("Body of")));
        }
        for (String owner : new String[] {TestTokens.partnerAgency(), TestTokens.user("alice"), TestTokens.user("admin")}) {
            as(owner).when().get("/articles/{id}", id)
                    .then().statusCode(200).body("status", equalTo("WITHDRAWN")).body("body", equalTo("Body of Withdrawn by the agency"));
            as(owner).when().get("/articles/{id}/revisions/1", id).then().statusCode(200);
        }
    }

    @Test
    void anotherPartnerGetsOnlyTheTombstoneOfAWithdrawnArticle() {
        String id = fileAs(TestTokens.user("alice"), "Withdrawn by the desk");
        as(TestTokens.user("alice")).when().delete("/articles/{id}", id).then().statusCode(200);
        as(TestTokens.partnerAgency()).when().get("/articles/{id}", id)
                .then().statusCode(410).body("article.status", equalTo("WITHDRAWN")).body("article.body", nullValue());
    }
}
