package org.newsgraph.actors.registry;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsgraph.actors.Articles;
import org.newsgraph.devstack.testing.SignedIn;
import org.newsgraph.devstack.testing.TestTokens;
import org.newsgraph.devstack.testing.TestTopics;
import org.newsgraph.events.ActorMerged;
import org.newsgraph.events.ActorRenamed;
import org.newsgraph.events.ActorRetyped;
import org.newsgraph.events.ArticleActorsIdentified;
import org.newsgraph.events.CloudEventHeaders;
import org.newsgraph.events.EventContract;
import org.newsgraph.events.EventType;
import org.newsgraph.events.Topics;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class CurationTest {

    @BeforeEach
    void signIn() {
        SignedIn.asEditor();
    }

    @Test
    void aCuratedAliasTeachesTheEngine() {
        UUID ortega = Articles.annotate("MANAGUA — President Tomasz Wrzesniewski-Ortega met farmers on Monday.").get("Tomasz Wrzesniewski-Ortega");
        given().contentType(ContentType.JSON).body(Map.of("addAliases", List.of("El Tomasito")))
                .when().patch("/actors/{id}", ortega)
                .then().statusCode(200).body("aliases.name", hasItem("El Tomasito"));

        given().contentType(ContentType.TEXT).body("MANAGUA — El Tomasito said on Friday that the harvest was good.")
                .when().post("/extract")
                .then().statusCode(200).body("actors.find { it.actorId == '" + ortega + "' }.name", equalTo("El Tomasito"));
    }

    @Test
    void aRenameIsAnnouncedAndTheOldNameStaysAnAlias() {
        UUID id = Articles.annotate("KYIV — Officials said Halyna Zbrozhek-Levko visited the front on Monday.").get("Halyna Zbrozhek-Levko");
        given().contentType(ContentType.JSON).body(Map.of("name", "Halyna Levko", "wikidataQid", "Q123456"))
                .when().patch("/actors/{id}", id)
                .then().statusCode(200).body("name", equalTo("Halyna Levko")).body("aliases.name", hasItem("Halyna Zbrozhek-Levko"))
                .body("wikidataQid", equalTo("Q123456"));
        var renamed = TestTopics.read(Topics.ACTORS, record -> id.toString().equals(record.key())
                && EventType.ACTOR_RENAMED.type().equals(TestTopics.header(record, CloudEventHeaders.TYPE)), 1, Duration.ofSeconds(20));
        assertThat(EventContract.read(EventType.ACTOR_RENAMED, renamed.get(0).value(), ActorRenamed.class))
                .isEqualTo(new ActorRenamed(id, "Halyna Levko"));
    }

    @Test
    void aTypeChangeIsRefusedWhereTheNameIsTakenAndAnnouncedWhereItIsFree() {
        UUID person = Articles.annotate("OSLO — Minister Halvard Ostbye-Rinne spoke on Monday. Ostbye-Rinne said the port would open.")
                .get("Halvard Ostbye-Rinne");
        UUID union = Articles.annotate("ACCRA — The Volta Fishermen's Union said on Monday it would strike. The union met in Accra.")
                .entrySet().stream().filter(named -> named.getKey().contains("Union")).findFirst().orElseThrow().getValue();
        given().contentType(ContentType.JSON).body(Map.of("name", "Halvard Ostbye-Rinne")).when().patch("/actors/{id}", union)
                .then().statusCode(200).body("type", equalTo("ORGANIZATION"));
        given().contentType(ContentType.JSON).body(Map.of("type", "PERSON")).when().patch("/actors/{id}", union)
                .then().statusCode(409).body("title", equalTo("Name taken"));
        given().contentType(ContentType.JSON).body(Map.of("type", "ANIMAL")).when().patch("/actors/{id}", person)
                .then().statusCode(400);

        given().contentType(ContentType.JSON).body(Map.of("type", "location")).when().patch("/actors/{id}", person)
                .then().statusCode(200).body("type", equalTo("LOCATION"));
        var retyped = TestTopics.read(Topics.ACTORS, record -> person.toString().equals(record.key())
                && EventType.ACTOR_RETYPED.type().equals(TestTopics.header(record, CloudEventHeaders.TYPE)), 1, Duration.ofSeconds(20));
        assertThat(EventContract.read(EventType.ACTOR_RETYPED, retyped.get(0).value(), ActorRetyped.class))
                .isEqualTo(new ActorRetyped(person, "LOCATION"));
    }

    @Test
    void aMergeMovesEverythingAndTheOldIdRedirects() {
        Map<String, UUID> first = Articles.annotate("LAGOS — Oluwaseun Adebayo-Kuti said \"the market is calm this morning\" on Monday.");
        Map<String, UUID> second = Articles.annotate("LAGOS — Seun Adebayo-Kuti, a trader, said \"prices will fall before the summer\" on Tuesday.");
        UUID full = first.get("Oluwaseun Adebayo-Kuti");
        UUID nickname = second.get("Seun Adebayo-Kuti");
        assertThat(full).isNotEqualTo(nickname);

        given().contentType(ContentType.JSON).body(Map.of("into", full.toString()))
                .when().post("/actors/{id}/merge", nickname)
                .then().statusCode(200).body("id", equalTo(full.toString())).body("aliases.name", hasItem("Seun Adebayo-Kuti"))
                .body("quoteCount", equalTo(2)).body("articleCount", equalTo(2));

        given().redirects().follow(false).when().get("/actors/{id}", nickname)
                .then().statusCode(301).header("Location", org.hamcrest.Matchers.endsWith("/actors/" + full));
        for (String part : List.of("quotes", "articles", "network")) {
            given().redirects().follow(false).queryParam("limit", "5").when().get("/actors/{id}/" + part, nickname)
                    .then().statusCode(301).header("Location", org.hamcrest.Matchers.endsWith("/actors/" + full + "/" + part + "?limit=5"));
        }
        var merged = TestTopics.read(Topics.ACTORS, record -> nickname.toString().equals(record.key()), 1, Duration.ofSeconds(20));
        assertThat(EventContract.read(EventType.ACTOR_MERGED, merged.get(0).value(), ActorMerged.class))
                .isEqualTo(new ActorMerged(nickname, full));
        given().when().get("/actors/{id}/quotes", full).then().statusCode(200).body("items.size()", equalTo(2));

        // The merged actor can change no more, and no actor merges into itself.
        given().contentType(ContentType.JSON).body(Map.of("into", full.toString())).when().post("/actors/{id}/merge", nickname)
                .then().statusCode(409).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("into", full.toString())).when().post("/actors/{id}/merge", full)
                .then().statusCode(422).contentType("application/problem+json");
    }

    @Test
    void curationRefusesWhatItWouldNotDoAndRemovesTitles() {
        Map<String, UUID> actors = Articles.annotate("ACCRA — Finance Minister Kwabena Osei-Mensah met Ama Darko-Boateng, "
                + "the chief executive of Volta Cocoa Holdings, on Monday.");
        UUID osei = actors.get("Kwabena Osei-Mensah");
        UUID darko = actors.get("Ama Darko-Boateng");
        UUID volta = actors.get("Volta Cocoa Holdings");

        given().contentType(ContentType.JSON).body(Map.of("nickname", "Kobby")).when().patch("/actors/{id}", osei)
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("nickname"));
        given().contentType(ContentType.JSON).body(Map.of("addAliases", List.of("Darko-Boateng"))).when().patch("/actors/{id}", osei)
                .then().statusCode(409).body("type", equalTo("https://newsgraph.org/problems/actor-alias-taken"));
        given().contentType(ContentType.JSON).body(Map.of("into", volta.toString())).when().post("/actors/{id}/merge", darko)
                .then().statusCode(409).body("type", equalTo("https://newsgraph.org/problems/actor-types-differ"));

        given().contentType(ContentType.JSON).body(Map.of("addRoles", List.of("Envoy to the Sahel", "envoy to the sahel")))
                .when().patch("/actors/{id}", osei)
                .then().statusCode(200).body("roles.findAll { it.role.toLowerCase() == 'envoy to the sahel' }.size()", equalTo(1));
        given().contentType(ContentType.JSON).body(Map.of("removeRoles", List.of("ENVOY TO THE SAHEL")))
                .when().patch("/actors/{id}", osei)
                .then().statusCode(200).body("roles.role", org.hamcrest.Matchers.not(hasItem("Envoy to the Sahel")));
        given().when().get("/actors/{id}", osei).then().body("aliases.name", org.hamcrest.Matchers.not(hasItem("Darko-Boateng")));
    }

    @Test
    void anAliasAnotherActorHasMovesOnlyWhenTheEditorSaysSo() {
        Map<String, UUID> actors = Articles.annotate("LAGOS — Chief Adeyemi Okonkwo-Bello and Governor Tunde Okonkwo-Bello met on Monday.");
        UUID chief = actors.get("Adeyemi Okonkwo-Bello");
        UUID governor = actors.get("Tunde Okonkwo-Bello");
        given().contentType(ContentType.JSON).body(Map.of("addAliases", List.of("Baba Lagos"))).when().patch("/actors/{id}", chief)
                .then().statusCode(200);

        given().contentType(ContentType.JSON).body(Map.of("addAliases", List.of("Baba Lagos"))).when().patch("/actors/{id}", governor)
                .then().statusCode(409).body("detail", org.hamcrest.Matchers.containsString("moveAliases"));
        given().contentType(ContentType.JSON).body(Map.of("moveAliases", List.of("Adeyemi Okonkwo-Bello"))).when().patch("/actors/{id}", governor)
                .then().statusCode(409).body("detail", org.hamcrest.Matchers.containsString("is the name of actor " + chief));
        given().contentType(ContentType.JSON).body(Map.of("moveAliases", List.of("Baba Lagos"))).when().patch("/actors/{id}", governor)
                .then().statusCode(200).body("aliases.name", hasItem("Baba Lagos"));

        given().when().get("/actors/{id}", chief).then().body("aliases.name", org.hamcrest.Matchers.not(hasItem("Baba Lagos")));
        given().when().get("/actors/{id}/history", chief).then()
                .body("items[0].kind", equalTo("ALIAS_REMOVED")).body("items[0].after.movedTo", equalTo(governor.toString()));
        given().when().get("/actors/{id}/history", governor).then()
                .body("items[0].kind", equalTo("ALIAS_ADDED")).body("items[0].before.movedFrom", equalTo(chief.toString()));
        given().contentType(ContentType.TEXT).body("LAGOS — Baba Lagos said on Friday that the port would reopen.")
                .when().post("/extract")
                .then().statusCode(200).body("actors.find { it.name == 'Baba Lagos' }.actorId", equalTo(governor.toString()));
    }

    @Test
    void findingActorsIgnoresCaseAndAccentsAndPages() {
        Articles.annotate("SANTIAGO — Sebastián Piñera-Écheverría and Matías Piñera-Ruiz met on Monday. Piñera-Écheverría left.");
        given().queryParam("q", "pinera").when().get("/actors")
                .then().statusCode(200).body("items.name", hasItem("Sebastián Piñera-Écheverría"))
                .body("items.find { it.name == 'Sebastián Piñera-Écheverría' }.mentionCount", equalTo(2))
                .body("items.find { it.name == 'Sebastián Piñera-Écheverría' }.aliases", hasItem("Piñera-Écheverría"));
        String cursor = given().queryParam("q", "pinera").queryParam("limit", 1).when().get("/actors")
                .then().statusCode(200).body("items.size()", equalTo(1)).extract().path("nextCursor");
        given().queryParam("q", "pinera").queryParam("limit", 1).queryParam("cursor", cursor).when().get("/actors")
                .then().statusCode(200).body("items.size()", equalTo(1));
        given().queryParam("cursor", "%%%").when().get("/actors").then().statusCode(400).contentType("application/problem+json");
        given().queryParam("type", "PLANET").when().get("/actors").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void theNetworkShowsWhoStandsClose() {
        Map<String, UUID> ids = Articles.annotate("ACCRA — Kwame Boateng-Mensah met Ama Owusu-Darko in the capital on Monday.");
        String passage = "Kwame Boateng-Mensah met Ama Owusu-Darko in the capital on Monday.";
        given().when().get("/actors/{id}/network", ids.get("Kwame Boateng-Mensah"))
                .then().statusCode(200).body("neighbours.name", hasItem("Ama Owusu-Darko"))
                .body("neighbours.find { it.name == 'Ama Owusu-Darko' }.weight", equalTo(1.0f))
                .body("neighbours.find { it.name == 'Ama Owusu-Darko' }.evidence", equalTo(passage));
        // A pair is stored once: the other actor finds it too.
        given().when().get("/actors/{id}/network", ids.get("Ama Owusu-Darko"))
                .then().statusCode(200).body("neighbours.find { it.name == 'Kwame Boateng-Mensah' }.weight", equalTo(1.0f))
                .body("neighbours.find { it.name == 'Kwame Boateng-Mensah' }.evidence", equalTo(passage));
        given().when().get("/actors/{id}", UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void readingEveryArticleAgainDuplicatesNothing() {
        Map<String, UUID> ids = Articles.annotate("NAIROBI — Wanjiru Kamau-Otieno said \"we are ready to vote today\" on Monday.");
        UUID wanjiru = ids.get("Wanjiru Kamau-Otieno");
        int mentions = given().when().get("/actors/{id}", wanjiru).then().extract().path("mentionCount");
        SignedIn.as(TestTokens.user("admin"));
        given().when().post("/admin/reannotation").then().statusCode(202);
        await().atMost(Duration.ofSeconds(60)).until(() ->
                "FINISHED".equals(given().when().get("/admin/reannotation").then().extract().path("state")));
        given().when().get("/actors/{id}", wanjiru).then().body("mentionCount", equalTo(mentions)).body("quoteCount", equalTo(1));
    }
}
