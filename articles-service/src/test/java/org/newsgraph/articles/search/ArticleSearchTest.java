package org.newsgraph.articles.search;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsgraph.devstack.testing.SignedIn;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class ArticleSearchTest {

    @BeforeEach
    void signIn() {
        SignedIn.asEditor();
    }

    /** A word no other test writes, so that each test searches only its own articles. */
    private static String uniqueWord() {
        return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).replaceAll("[0-9]", "x");
    }

    private static String file(String title, String body, String source, String publishedAt) {
        var article = new java.util.HashMap<String, Object>(Map.of("title", title, "body", body, "source", source));
        if (publishedAt != null) {
            article.put("publishedAt", publishedAt);
        }
        return given().contentType(ContentType.JSON).body(article).when().post("/articles")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void textSearchRanksTitleMatchesFirstAndHighlightsTheMatch() {
        String word = uniqueWord();
        String inBody = file("Markets steady", "Traders watched the " + word + " closely as markets steadied.", "Reuters", null);
        String inTitle = file("The " + word + " returns", "Negotiators said the " + word + " would return next week.", "AFP", null);

        JsonPath page = given().queryParam("q", word).when().get("/articles").then().statusCode(200).extract().jsonPath();
        assertThat(page.getList("items.id", String.class)).containsExactly(inTitle, inBody);
        assertThat(page.getString("items[0].snippet")).contains("<mark>" + word + "</mark>");
    }

    @Test
    void theNewestMatchesAreRankedFirstThenOlderOnesSliceBySlice() {
        // The tests rank three matches at a time.
        String word = uniqueWord();
        String oldTitleMatch = file("The " + word + " story", "An old story about " + word + ".", "AP", "2026-01-01T10:00:00Z");
        String first = file("Monday", "News about " + word + ".", "AP", "2026-01-05T10:00:00Z");
        String second = file("Tuesday", "News about " + word + ".", "AP", "2026-01-06T10:00:00Z");
        String titleMatch = file("The " + word + " again", "More about " + word + ".", "AP", "2026-01-07T10:00:00Z");

        List<String> firstPage = given().queryParam("q", word).queryParam("limit", 2).when().get("/articles")
                .then().statusCode(200).extract().jsonPath().getList("items.id", String.class);
        assertThat(firstPage).containsExactly(titleMatch, second);
        JsonPath all = given().queryParam("q", word).when().get("/articles").then().statusCode(200).extract().jsonPath();
        assertThat(all.getList("items.id", String.class)).containsExactly(titleMatch, second, first, oldTitleMatch);
    }

    @Test
    void filtersCombine() {
        String word = uniqueWord();
        String reutersOld = file("Old " + word, "Story about " + word + ".", "Reuters", "2025-01-10T08:00:00Z");
        file("New " + word, "Story about " + word + ".", "Reuters", "2026-02-10T08:00:00Z");
        file("Other " + word, "Story about " + word + ".", "AFP", "2025-01-11T08:00:00Z");

        given().queryParam("q", word).queryParam("source", "reuters").queryParam("from", "2025-01-01").queryParam("to", "2025-12-31")
                .when().get("/articles")
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].id", equalTo(reutersOld));
    }

    @Test
    void pagesNeitherSkipNorRepeatWhileArticlesArrive() {
        String word = uniqueWord();
        Set<String> filed = new HashSet<>();
        for (int i = 0; i < 7; i++) {
            filed.add(file("Item " + i + " " + word, "Body " + word, "AP", "2026-03-0" + (i + 1) + "T10:00:00Z"));
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = given().queryParam("q", word).queryParam("limit", 3);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.when().get("/articles").then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items.id", String.class));
            cursor = page.getString("nextCursor");
            // New articles arrive between pages, some ranking anywhere in the results.
            file("Late " + pages + " " + word, "Body " + word, "AP", "2026-03-04T10:00:00Z");
            pages++;
        } while (cursor != null && pages < 10);

        assertThat(seen).doesNotHaveDuplicates();
        assertThat(seen).containsAll(filed);
    }

    @Test
    void withoutTextTheNewestComeFirst() {
        String source = "Wire " + uniqueWord();
        String older = file("Older", "Body", source, "2026-04-01T10:00:00Z");
        String newer = file("Newer", "Body", source, "2026-04-02T10:00:00Z");
        given().queryParam("source", source).when().get("/articles")
                .then().statusCode(200).body("items.id", equalTo(List.of(newer, older)));
    }

    @Test
    void withdrawnArticlesAreNotFound() {
        String word = uniqueWord();
        String id = file("Withdrawn " + word, "Body " + word, "AP", null);
        given().queryParam("q", word).when().get("/articles").then().statusCode(200).body("items", hasSize(1));
        given().when().delete("/articles/{id}", id).then().statusCode(200);
        given().queryParam("q", word).when().get("/articles").then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void aSearchRepeatedAfterFilingFindsTheNewArticle() {
        String word = uniqueWord();
        String first = file("First " + word, "Body " + word, "AP", "2026-05-01T10:00:00Z");
        given().queryParam("q", word).when().get("/articles").then().statusCode(200).body("items.id", equalTo(List.of(first)));
        String second = file("Second " + word, "Body " + word, "AP", "2026-05-02T10:00:00Z");
        given().queryParam("q", word).when().get("/articles").then().statusCode(200).body("items.id", equalTo(List.of(second, first)));
    }

    @Test
    void aForgedCursorIsAProblem() {
        given().queryParam("q", "ceasefire").queryParam("cursor", "eyJ2IjoxfQ.c2lnbmF0dXJl")
                .when().get("/articles")
                .then().statusCode(400).contentType("application/problem+json").body("title", equalTo("Invalid cursor"));
    }

    @Test
    void aCursorOfAnotherSearchIsAProblem() {
        String word = uniqueWord();
        for (int i = 0; i < 3; i++) {
            file("Item " + i + " " + word, "Body " + word, "AP", null);
        }
        String cursor = given().queryParam("q", word).queryParam("limit", 1).when().get("/articles")
                .then().extract().path("nextCursor");
        given().queryParam("q", "something else").queryParam("cursor", cursor).when().get("/articles")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void limitsOutsideOneToAHundredAreProblems() {
        given().queryParam("limit", 0).when().get("/articles").then().statusCode(400).contentType("application/problem+json");
        given().queryParam("limit", 101).when().get("/articles").then().statusCode(400).contentType("application/problem+json");
        given().queryParam("from", "yesterday").when().get("/articles").then().statusCode(400)
                .body("detail", containsString("ISO-8601"));
    }
}
