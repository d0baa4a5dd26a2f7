package org.newsgraph.actors.registry;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsgraph.actors.Articles;
import org.newsgraph.devstack.testing.SignedIn;
import org.newsgraph.devstack.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class CurationHistoryTest {

    @BeforeEach
    void signIn() {
        SignedIn.asEditor();
    }

    @Test
    void theHistoryListsEachChangeWithItsCuratorNewestFirst() {
        UUID full = Articles.annotate("LIMA — Rosario Quispe-Mamani said on Monday that the talks would resume.").get("Rosario Quispe-Mamani");
        UUID nickname = Articles.annotate("LIMA — Charo Quispe-Mamani said on Tuesday that the strike was over.").get("Charo Quispe-Mamani");

        given().contentType(ContentType.JSON).body(Map.of("name", "Rosario Quispe")).when().patch("/actors/{id}", full)
                .then().statusCode(200);
        SignedIn.as(TestTokens.user("admin"));
        given().contentType(ContentType.JSON).body(Map.of("addAliases", List.of("La Rosario"))).when().patch("/actors/{id}", full)
                .then().statusCode(200);
        SignedIn.asEditor();
        given().contentType(ContentType.JSON).body(Map.of("into", full.toString())).when().post("/actors/{id}/merge", nickname)
                .then().statusCode(200);

        SignedIn.as(TestTokens.user("bob"));
        given().when().get("/actors/{id}/history", full).then().statusCode(200)
                .body("items.kind", contains("MERGED", "ALIAS_ADDED", "RENAMED"))
                .body("items.curator", contains("alice", "admin", "alice"))
                .body("items[0].actorId", equalTo(nickname.toString()))
                .body("items[0].otherActorId", equalTo(full.toString()))
                .body("items[1].after.alias", equalTo("La Rosario"))
                .body("items[2].before.name", equalTo("Rosario Quispe-Mamani"))
                .body("items[2].after.name", equalTo("Rosario Quispe"));
        // The merged actor's own history shows its merge, without a redirect.
        given().redirects().follow(false).when().get("/actors/{id}/history", nickname).then().statusCode(200)
                .body("items.kind", contains("MERGED"));

        String cursor = given().queryParam("limit", 2).when().get("/actors/{id}/history", full).then().statusCode(200)
                .body("items.kind", contains("MERGED", "ALIAS_ADDED")).extract().path("nextCursor");
        given().queryParam("limit", 2).queryParam("cursor", cursor).when().get("/actors/{id}/history", full).then().statusCode(200)
                .body("items.kind", contains("RENAMED")).body("nextCursor", equalTo(null));
        given().when().get("/actors/{id}/history", UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aTypeChangeIsRecordedWithTheTypesBeforeAndAfter() {
        UUID haque = Articles.annotate("DHAKA — Officials said Tanvir Haque-Molla visited the dam on Monday. Haque-Molla left.")
                .get("Tanvir Haque-Molla");
        given().contentType(ContentType.JSON).body(Map.of("type", "LOCATION")).when().patch("/actors/{id}", haque).then().statusCode(200);
        given().when().get("/actors/{id}/history", haque).then().statusCode(200)
                .body("items.kind", contains("RETYPED"))
                .body("items[0].before.type", equalTo("PERSON")).body("items[0].after.type", equalTo("LOCATION"));
    }
}
