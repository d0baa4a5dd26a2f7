package org.newsgraph.actors.registry;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsgraph.actors.Actor;
import org.newsgraph.actors.Articles;
import org.newsgraph.actors.extraction.ActorType;
import org.newsgraph.devstack.testing.SignedIn;
import org.newsgraph.devstack.testing.TestTokens;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;

/** The registry does not learn what one article said once: such an actor waits to be seen again or curated. */
@QuarkusTest
class ProvisionalActorsTest {

    @Inject
    RegistryIndex index;

    @BeforeEach
    void signIn() {
        SignedIn.asEditor();
    }

    @Test
    void anActorNamedOnceIsProvisionalUntilAnotherArticleNamesIt() {
        UUID id = Articles.annotate("President Quentin Marwood visited the harbour on Monday.").get("Quentin Marwood");

        given().when().get("/actors/{id}", id).then().statusCode(200).body("provisional", equalTo(true));
        given().queryParam("q", "Marwood").when().get("/actors").then().statusCode(200).body("items.id", not(hasItem(id.toString())));
        given().queryParam("q", "Marwood").queryParam("provisional", "true").when().get("/actors")
                .then().statusCode(200).body("items.id", hasItem(id.toString()));
        assertThat(index.find("Quentin Marwood")).isEmpty();

        UUID again = Articles.annotate("Officials welcomed President Quentin Marwood to the summit on Tuesday.").get("Quentin Marwood");

        assertThat(again).isEqualTo(id);
        given().when().get("/actors/{id}", id).then().statusCode(200).body("provisional", equalTo(false));
        given().queryParam("q", "Marwood").when().get("/actors").then().statusCode(200).body("items.id", hasItem(id.toString()));
        assertThat(index.find("Quentin Marwood")).hasValueSatisfying(known -> assertThat(known.id()).isEqualTo(id.toString()));
    }

    @Test
    void anArticleNamingAnActorTwiceVouchesForIt() {
        UUID id = Articles.annotate("Senator Ildiko Varsanyi spoke first. Later, Senator Ildiko Varsanyi left the chamber.")
                .get("Ildiko Varsanyi");

        given().when().get("/actors/{id}", id).then().statusCode(200).body("provisional", equalTo(false));
    }

    @Test
    void anEditorsChangeConfirmsAProvisionalActorAndTeachesTheEngine() {
        UUID id = Articles.annotate("Minister Berenika Holwell opened the bridge on Monday.").get("Berenika Holwell");

        given().contentType(ContentType.JSON).body(Map.of("addAliases", List.of("Nika Holwell")))
                .when().patch("/actors/{id}", id)
                .then().statusCode(200).body("provisional", equalTo(false));
        assertThat(index.find("Nika Holwell")).hasValueSatisfying(known -> assertThat(known.id()).isEqualTo(id.toString()));
    }

    @Test
    void readingTheArchiveAgainRemovesActorsNoArticleNamesUnlessAnEditorCuratedThem() {
        Instant before = Instant.now().minusSeconds(3600);
        UUID unnamed = stored("Consumer Renewables " + UUID.randomUUID(), before, null);
        UUID curated = stored("Curated Nobody " + UUID.randomUUID(), before, before);
        UUID named = Articles.annotate("Governor Aurelio Brandvik toured the dam. Governor Aurelio Brandvik praised it.").get("Aurelio Brandvik");

        SignedIn.as(TestTokens.user("admin"));
        given().when().post("/admin/reannotation").then().statusCode(202);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().when().get("/admin/reannotation").then().statusCode(200).body("state", equalTo("FINISHED")));
        int total = given().when().get("/admin/reannotation").then().extract().path("total");
        given().when().get("/admin/reannotation").then().body("done", equalTo(total)).body("failed", equalTo(0));

        given().when().get("/actors/{id}", unnamed).then().statusCode(404);
        given().when().get("/actors/{id}", curated).then().statusCode(200);
        given().when().get("/actors/{id}", named).then().statusCode(200);
    }

    /** An actor as an earlier engine left it in the registry, named by no article now. */
    private static UUID stored(String name, Instant seen, Instant curatedAt) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Actor actor = Actor.discovered(name, ActorType.ORGANIZATION, 2, seen);
            actor.curatedAt = curatedAt;
            actor.persist();
            return actor.id;
        });
    }
}
