package org.newsgraph.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.devstack.testing.TestTokens;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/** Newsgraph as its users meet it: only the gateway's public API, with real tokens from Keycloak. */
class PublicApiTest {

    private static Platform platform;

    @BeforeAll
    static void startPlatform() {
        platform = Platform.get();
    }

    private static RequestSpecification as(String token) {
        RestAssured.requestSpecification = null;
        RequestSpecification request = given().baseUri(platform.gateway.baseUrl()).basePath("/api/v1");
        return token == null ? request : request.auth().oauth2(token);
    }

    private static String alice() {
        return TestTokens.user("alice");
    }

    private static String file(String token, String body) {
        return as(token).contentType("text/plain; charset=utf-8").body(body).when().post("/articles")
                .then().statusCode(201).extract().path("id");
    }

    private static JsonPath tagged(String id) {
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).until(() ->
                as(alice()).when().get("/articles/{id}", id).then().extract().path("actorsRevision") != null);
        return as(alice()).queryParam("expand", "actors").when().get("/articles/{id}", id).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void anArticleFiledByThePartnerShowsItsActorsEverywhere() {
        String id = file(TestTokens.partnerAgency(), ArticleToActorsTest.seedArticle());
        JsonPath article = tagged(id);
        assertThat(article.getString("owner")).isEqualTo("partner-agency");
        assertThat(article.getList("actors.name", String.class)).contains("Benjamin Netanyahu", "Donald Trump", "Marco Rubio");
        assertThat(article.getString("actors.find { it.name == 'Marco Rubio' }.summary.type")).isEqualTo("PERSON");

        String trump = article.getString("actors.find { it.name == 'Donald Trump' }.actorId");
        as(TestTokens.user("bob")).when().get("/actors/{id}", trump).then().statusCode(200).body("roles.role", hasItem("US President"));
        as(TestTokens.user("bob")).when().get("/actors/{id}/quotes", trump)
                .then().statusCode(200).body("items.text", hasItem(org.hamcrest.Matchers.startsWith("There's a real chance")));
        as(TestTokens.user("bob")).when().get("/actors/{id}/network", trump)
                .then().statusCode(200).body("neighbours.name", hasItem("Mark Carney"));
        as(TestTokens.partnerAgency()).contentType(ContentType.TEXT).body("President Donald Trump spoke.")
                .when().post("/extract").then().statusCode(200).body("actors[0].actorId", equalTo(trump));
    }

    @Test
    void rolesDecideWhoMayDoWhat() {
        as(null).when().get("/articles").then().statusCode(401).contentType("application/problem+json");
        as(TestTokens.user("bob")).contentType(ContentType.TEXT).body("A reader's story.").when().post("/articles")
                .then().statusCode(403).contentType("application/problem+json");
        as(TestTokens.user("bob")).when().get("/articles").then().statusCode(200);
        // Problems name the public path the client asked for, whichever service answered.
        String unknown = UUID.randomUUID().toString();
        as(TestTokens.user("bob")).when().get("/articles/{id}", unknown).then().statusCode(404)
                .body("instance", equalTo("/api/v1/articles/" + unknown));
        as(TestTokens.user("bob")).when().get("/actors/{id}/quotes", unknown).then().statusCode(404)
                .body("instance", equalTo("/api/v1/actors/" + unknown + "/quotes"));
        as(TestTokens.partnerAgency()).when().get("/partners").then().statusCode(403);
    }

    @Test
    void anOnboardedPartnerPostsAtOnceAndCannotTouchAnothersArticle() {
        String admin = TestTokens.user("admin");
        String clientId = "partner-e2e-" + UUID.randomUUID().toString().substring(0, 8);
        JsonPath credentials = as(admin).contentType(ContentType.JSON).body(Map.of("name", "End to End Wire", "clientId", clientId))
                .when().post("/partners").then().statusCode(201).extract().jsonPath();
        String newPartner = TestTokens.client(clientId, credentials.getString("clientSecret"));

        String own = file(newPartner, "PARIS (AFP) - French President Emmanuel Macron spoke on Monday.");
        as(newPartner).contentType(ContentType.TEXT).header("If-Match", "\"r1\"").body("PARIS (AFP) - Emmanuel Macron spoke again.")
                .when().put("/articles/{id}", own).then().statusCode(200);

        String agencys = file(TestTokens.partnerAgency(), "ROME (Reuters) - Prime Minister Giorgia Meloni met farmers.");
        as(newPartner).contentType(ContentType.TEXT).header("If-Match", "\"r1\"").body("Hijacked.")
                .when().put("/articles/{id}", agencys).then().statusCode(403).contentType("application/problem+json");
        as(newPartner).when().delete("/articles/{id}", agencys).then().statusCode(403)
                .body("instance", equalTo("/api/v1/articles/" + agencys));
        as(alice()).when().get("/articles/{id}", agencys).then().body("revision", equalTo(1)).body("status", equalTo("PUBLISHED"));
    }

    @Test
    void aServiceDownIsA503AtOnceAndTheGatewayRecoversWithIt() throws Exception {
        platform.articles.kill();
        try {
            long started = System.nanoTime();
            as(alice()).when().get("/articles").then().statusCode(503).contentType("application/problem+json");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
            as(alice()).contentType(ContentType.TEXT).body("x").when().post("/extract").then().statusCode(200);
        } finally {
            platform.articles.start();
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as(alice()).when().get("/articles").then().statusCode(200));
        // Recovered means the events flow again: the restarted service gets its partitions back once Kafka has given up
        // on the killed one (session.timeout.ms, 45 s), and tags a new article.
        String filed = file(alice(), "OSLO — Prime Minister Jonas Gahr Støre spoke after the outage.");
        await().atMost(Duration.ofSeconds(90)).until(() ->
                as(alice()).when().get("/articles/{id}", filed).then().extract().path("actorsRevision") != null);
    }
}
