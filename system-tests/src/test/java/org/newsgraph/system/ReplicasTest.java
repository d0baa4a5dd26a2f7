package org.newsgraph.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.devstack.testing.TestTokens;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * Two replicas of every service: curation made through one gateway and its replicas is honoured by the other
 * replicas, which learn it from the database, not from the request.
 */
class ReplicasTest {

    private static Platform platform;

    @BeforeAll
    static void startPlatform() {
        platform = Platform.get();
    }

    @Test
    void anAliasARenameAndAMergeMadeThroughOneReplicaAreHonouredByTheOther() {
        String article = through(platform.gateway).contentType("text/plain; charset=utf-8")
                .body("ACCRA — Finance Minister Kwesi Ampofo-Danquah met Deputy Minister Efua Mensah-Bonsu on Monday. "
                        + "Ampofo-Danquah and Mensah-Bonsu spoke to bankers.")
                .when().post("/articles").then().statusCode(201).extract().path("id");
        await().atMost(Duration.ofSeconds(15)).until(() ->
                through(platform.gateway).when().get("/articles/{id}", article).then().extract().path("actorsRevision") != null);
        JsonPath tags = through(platform.gateway).when().get("/articles/{id}", article).then().extract().jsonPath();
        String minister = tags.getString("actors.find { it.name == 'Kwesi Ampofo-Danquah' }.actorId");
        String deputy = tags.getString("actors.find { it.name == 'Efua Mensah-Bonsu' }.actorId");
        assertThat(List.of(minister, deputy)).doesNotContainNull();

        curate(minister, Map.of("addAliases", List.of("Kwesi Ampofo")));
        honouredByTheReplica("ACCRA — Minister Kwesi Ampofo said on Friday that the budget was ready.", minister);

        curate(deputy, Map.of("name", "Efua Mensah"));
        honouredByTheReplica("ACCRA — Minister Efua Mensah said on Friday that the budget was late.", deputy);

        through(platform.gateway).contentType(ContentType.JSON).body(Map.of("into", minister)).when().post("/actors/{id}/merge", deputy)
                .then().statusCode(200);
        honouredByTheReplica("ACCRA — Minister Efua Mensah said on Friday that the budget was late.", minister);
    }

    private static void curate(String actor, Map<String, ?> change) {
        through(platform.gateway).contentType(ContentType.JSON).body(change).when().patch("/actors/{id}", actor).then().statusCode(200);
    }

    /** The other gateway's actors-service replica names the text's actor as curated; how long it took is printed. */
    private static void honouredByTheReplica(String text, String actorId) {
        long curated = System.nanoTime();
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(50)).untilAsserted(() ->
                through(platform.gatewayReplica).contentType(ContentType.TEXT).body(text).when().post("/extract")
                        .then().statusCode(200).body("actors.actorId", hasItem(actorId)));
        System.out.printf("replicas.curation-honoured: %d ms%n", Duration.ofNanos(System.nanoTime() - curated).toMillis());
    }

    private static RequestSpecification through(ServiceProcess gateway) {
        RestAssured.requestSpecification = null;
        return given().baseUri(gateway.baseUrl()).basePath("/api/v1").auth().oauth2(TestTokens.user("alice"));
    }
}
