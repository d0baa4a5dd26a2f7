package org.newsgraph.actors.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsgraph.actors.Articles;
import org.newsgraph.devstack.testing.SignedIn;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class ExtractResourceTest {

    @BeforeEach
    void signIn() {
        SignedIn.asEditor();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theSeedArticleAnswersInTheFixedFormat() {
        String body = Articles.text("gaza-talks");
        JsonPath response = given().contentType("text/plain; charset=utf-8").body(body)
                .when().post("/extract")
                .then().statusCode(200).contentType(ContentType.JSON).extract().jsonPath();

        List<Map<String, Object>> actors = response.getList("actors");
        Map<String, Object> netanyahu = actors.stream().filter(actor -> "Benjamin Netanyahu".equals(actor.get("name"))).findFirst().orElseThrow();
        assertThat(netanyahu.get("type")).isEqualTo("PERSON");
        assertThat((List<Object>) netanyahu.get("aliases")).contains("Bibi");
        assertThat((List<Object>) netanyahu.get("roles")).contains("Israeli Prime Minister");
        for (Map<String, Object> actor : actors) {
            assertThat(actor).containsKeys("name", "type", "aliases", "roles", "mentions");
            for (Object mention : (List<?>) actor.get("mentions")) {
                Map<?, ?> span = (Map<?, ?>) mention;
                assertThat(body.substring((Integer) span.get("start"), (Integer) span.get("end"))).isEqualTo(span.get("text"));
            }
        }
        List<Map<String, Object>> quotes = response.getList("quotes");
        assertThat(quotes).anySatisfy(quote -> {
            assertThat(quote.get("speaker")).isEqualTo("Donald Trump");
            assertThat((String) quote.get("text")).startsWith("There's a real chance");
            assertThat(quote.get("verb")).isEqualTo("said");
        });
        assertThat(quotes).anySatisfy(quote -> {
            assertThat(quote.get("speaker")).isNull();
            assertThat((String) quote.get("text")).startsWith("Bibi (Israeli Prime Minister");
        });
        assertThat(response.getString("story.dateline.place")).isEqualTo("WASHINGTON");
        assertThat(body.substring(response.getInt("story.start"))).startsWith("US President Donald Trump");
    }

    @Test
    void theAnswerSaysWhereTheStoryLiesAndWhatItsDatelineAndCreditGive() {
        String body = "GAZA CITY, Oct 7 (Reuters) - Talks resumed in Cairo on Tuesday, Jane Doe said. "
                + "(Reporting by Ali Omar; Editing by John Smith)";

        JsonPath response = given().contentType(ContentType.TEXT).body(body).when().post("/extract")
                .then().statusCode(200).extract().jsonPath();

        assertThat(body.substring(response.getInt("story.start"), response.getInt("story.end")))
                .isEqualTo("Talks resumed in Cairo on Tuesday, Jane Doe said.");
        assertThat(response.getString("story.dateline.place")).isEqualTo("GAZA CITY");
        assertThat(response.getString("story.dateline.date")).isEqualTo("--10-07");
        assertThat(response.getString("story.source")).isEqualTo("Reuters");
        assertThat(response.getString("story.byline")).isEqualTo("Ali Omar");
        assertThat(response.getList("actors.name", String.class)).doesNotContain("Ali Omar", "John Smith", "Reuters");
    }

    @Test
    void blankTextIsAProblem() {
        given().contentType(ContentType.TEXT).body("  ").when().post("/extract")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void invalidUtf8IsAProblem() {
        given().contentType(ContentType.TEXT).body(new byte[] {'G', (byte) 0xC3, (byte) 0x28})
                .when().post("/extract")
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("UTF-8"));
    }

    @Test
    void jsonIsNotText() {
        given().contentType(ContentType.JSON).body("{\"text\": \"Trump\"}").when().post("/extract")
                .then().statusCode(415).contentType("application/problem+json").body("status", equalTo(415));
    }
}
