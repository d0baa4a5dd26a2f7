package org.newsgraph.actors.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.newsgraph.actors.Actor;
import org.newsgraph.actors.extraction.ActorType;
import org.newsgraph.security.testing.RequestEdgeContract;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** What the service refuses, each as a problem that says what was wrong: never a 500, never an empty body. */
@QuarkusTest
class RefusedRequestsTest extends RequestEdgeContract {

    private static UUID anActor() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Actor actor = Actor.discovered("Refused Requests " + UUID.randomUUID(), ActorType.PERSON, 2, Instant.now());
            actor.persist();
            return actor.id;
        });
    }

    @Test
    void nulByteInAliasIsRefusedWith400() {
        given().contentType(ContentType.JSON).body(Map.of("addAliases", List.of("Bibi", "Bi\u0000bi")))
                .when().patch("/actors/{id}", anActor())
                .then().statusCode(400).contentType(PROBLEM)
                .body("detail", startsWith("Field 'addAliases[1]' holds NUL (U+0000) at index 2"))
                .body("errors[0].field", equalTo("addAliases[1]"));
    }

    @Test
    void nulByteInQueryIsRefusedWith400() {
        given().urlEncodingEnabled(false).when().get("/actors?q=a%00b")
                .then().statusCode(400).contentType(PROBLEM)
                .body("detail", startsWith("Query parameter q holds NUL (U+0000) at index 1"));
    }

    @Test
    void nulByteInExtractedTextIsRefusedWith400() {
        given().contentType("text/plain; charset=utf-8").body("Trump\u0000 said so.")
                .when().post("/extract")
                .then().statusCode(400).contentType(PROBLEM)
                .body("detail", startsWith("The body holds NUL (U+0000) at index 5"));
    }

    @Test
    void cursorThatDecodesToUnstorableTextIsRefusedWith400() {
        String forged = Base64.getUrlEncoder().encodeToString(("a\u0000b\n" + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8));
        given().queryParam("cursor", forged).when().get("/actors")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("https://newsgraph.org/problems/invalid-cursor"));
    }

    @Test
    void malformedLimitIsRefusedWith400() {
        given().when().get("/actors?limit=abc")
                .then().statusCode(400).contentType(PROBLEM)
                .body("detail", startsWith("limit must be a whole number between 1 and "));
        given().when().get("/actors/{id}/quotes?limit=1.5", anActor())
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("https://newsgraph.org/problems/invalid-query"));
    }

    @Test
    void unknownQueryParameterIsRefusedWith400() {
        given().when().get("/actors?name=Trump")
                .then().statusCode(400).contentType(PROBLEM)
                .body("detail", equalTo("Unknown query parameter 'name'; this operation takes cursor, limit, provisional, q, type."));
        given().contentType(ContentType.TEXT).body("Trump said so.").when().post("/extract?lang=en")
                .then().statusCode(400).contentType(PROBLEM)
                .body("detail", equalTo("Unknown query parameter 'lang'; this operation takes none."));
    }

    @Test
    void jsonOfTheWrongTypeIsRefusedWith400NamingTheFieldAndType() {
        given().contentType(ContentType.JSON).body("{\"into\":5}")
                .when().post("/actors/{id}/merge", anActor())
                .then().statusCode(400).contentType(PROBLEM)
                .body("detail", equalTo("Field 'into' must be a UUID such as 6f1c1d2e-2b7a-4a43-9d0e-7d1f0b4c8a11, not '5'."));
        given().contentType(ContentType.JSON).body("{\"addAliases\":\"Bibi\"}")
                .when().patch("/actors/{id}", anActor())
                .then().statusCode(400).contentType(PROBLEM)
                .body("detail", equalTo("Field 'addAliases' must be an array."));
        given().contentType(ContentType.JSON).body("[]")
                .when().patch("/actors/{id}", anActor())
                .then().statusCode(400).contentType(PROBLEM)
                .body("detail", equalTo("The body must be a JSON object."));
    }

    @Override
    protected String listPath() {
        return "/actors";
    }

    @Override
    protected String textPath() {
        return "/extract";
    }
}
