package org.newsgraph.actors.api;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.newsgraph.devstack.testing.SignedIn;
import org.newsgraph.devstack.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/** The service checks the token itself: nothing is reachable without one, and curation is for editors. */
@QuarkusTest
class ActorSecurityTest {

    @Test
    void withoutATokenNothingIsReachable() {
        RestAssured.requestSpecification = null;
        given().when().get("/actors").then().statusCode(401).contentType("application/problem+json");
        given().contentType(ContentType.TEXT).body("Trump said so.").when().post("/extract").then().statusCode(401);
        given().when().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void everySignedInCallerExtractsAndReads() {
        for (String token : new String[] {TestTokens.user("bob"), TestTokens.user("alice"), TestTokens.user("admin"), TestTokens.partnerAgency()}) {
            SignedIn.as(token);
            given().contentType(ContentType.TEXT).body("WASHINGTON — President Donald Trump spoke.").when().post("/extract")
                    .then().statusCode(200);
            given().when().get("/actors").then().statusCode(200);
        }
    }

    @Test
    void readersAndPartnersDoNotCurate() {
        for (String token : new String[] {TestTokens.user("bob"), TestTokens.partnerAgency()}) {
            SignedIn.as(token);
            given().contentType(ContentType.JSON).body(Map.of("name", "Someone")).when().patch("/actors/{id}", UUID.randomUUID())
                    .then().statusCode(403).contentType("application/problem+json");
            given().contentType(ContentType.JSON).body(Map.of("into", UUID.randomUUID().toString()))
                    .when().post("/actors/{id}/merge", UUID.randomUUID()).then().statusCode(403);
        }
    }

    @Test
    void onlyAnAdminReadsEveryArticleAgain() {
        SignedIn.asEditor();
        given().when().post("/admin/reannotation").then().statusCode(403).contentType("application/problem+json");
    }
}
