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
import java.util.function.IntConsumer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsgraph.articles.SearchWords;
import org.newsgraph.articles.events.ActorTagCuration;
import org.newsgraph.articles.events.ActorTagging;
import org.newsgraph.devstack.testing.SignedIn;
import org.newsgraph.devstack.testing.TestTokens;
import org.newsgraph.events.ActorRenamed;
import org.newsgraph.events.ArticleActorsIdentified;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

@QuarkusTest
class ArticleSearchTest {

    @Inject
    ActorTagging tagging;

    @Inject
    ActorTagCuration curation;

    @BeforeEach
    void signIn() {
        SignedIn.asEditor();
    }

    /** A word no other test writes, so that each test searches only its own articles. */
    private static String file(String title, String body, String source, String publishedAt) {
        var article = new java.util.HashMap<String, Object>(Map.of("title", title, "body", body, "source", source));
        if (publishedAt != null) {
            article.put("publishedAt", publishedAt);
        }
        return given().contentType(ContentType.JSON).body(article).when().post("/articles")
                .then().statusCode(201).extract().path("id");
    }

    private static String file(Map<String, Object> article) {
        return given().contentType(ContentType.JSON).body(article).when().post("/articles").then().statusCode(201).extract().path("id");
    }

    private void tag(String article, ArticleActorsIdentified.Actor... actors) {
        tagging.take(List.of(new ArticleActorsIdentified(UUID.fromString(article), 1, List.of(actors), List.of())));
    }

    private static ArticleActorsIdentified.Actor actor(UUID id, String name) {
        return new ArticleActorsIdentified.Actor(id, name, "PERSON", List.of(), 1);
    }

    private static List<String> ids(Map<String, ?> query) {
        return given().queryParams(query).when().get("/articles").then().statusCode(200).extract().jsonPath().getList("items.id", String.class);
    }

    /** Every page of a search, filing an article dated among the others before each next page. */
    private static List<String> everyPage(Map<String, Object> query, String source) {
        return pages(query, page -> file("Late " + page, "Body", source, "2026-02-0" + (page % 5 + 1) + "T12:00:00Z"));
    }

    /** The ids of every page of a search, in order, calling {@code betweenPages} with each page's number after it. */
    private static List<String> pages(Map<String, Object> query, IntConsumer betweenPages) {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = given().queryParams(query);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.when().get("/articles").then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items.id", String.class));
            cursor = page.getString("nextCursor");
            betweenPages.accept(pages);
            pages++;
        } while (cursor != null && pages < 20);
        return seen;
    }

    @Test
    void eitherDateOrderPagesEveryArticleOnceWhileArticlesArrive() {
        String source = "Wire " + SearchWords.unique();
        List<String> oldestFirst = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            oldestFirst.add(file("Item " + i, "Body", source, "2026-02-0" + i + "T10:00:00Z"));
        }
        List<String> oldest = everyPage(Map.of("source", source, "sort", "oldest", "limit", 2), source);
        assertThat(oldest).doesNotHaveDuplicates();
        assertThat(oldest.stream().filter(oldestFirst::contains).toList()).isEqualTo(oldestFirst);

        List<String> newest = everyPage(Map.of("source", source, "sort", "newest", "limit", 2), source);
        assertThat(newest).doesNotHaveDuplicates();
        List<String> newestFirst = new ArrayList<>(oldestFirst);
        java.util.Collections.reverse(newestFirst);
        assertThat(newest.stream().filter(oldestFirst::contains).toList()).isEqualTo(newestFirst);
    }

    @Test
    void articlesFiledAfterASearchAreFoundByTheNextWhetherNewerOrOlder() {
        String word = SearchWords.unique();
        List<String> filed = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            filed.add(file("Item " + i + " " + word, "Body " + word, "AP", "2026-02-0" + i + "T10:00:00Z"));
        }
        assertThat(ids(Map.of("q", word, "limit", 20))).containsExactlyInAnyOrderElementsOf(filed);

        filed.add(file("Newest " + word, "Body " + word, "AP", null));
        filed.add(file("Oldest " + word, "Body " + word, "AP", "2025-01-01T10:00:00Z"));

        assertThat(ids(Map.of("q", word, "limit", 20))).containsExactlyInAnyOrderElementsOf(filed);
    }

    @Test
    void theWordsOfASearchSortedByDateAreMarkedToo() {
        String word = SearchWords.unique();
        String older = file("Older", "An older story on the " + word + ".", "AP", "2026-02-01T10:00:00Z");
        String newer = file("The " + word + " again", "Nothing more.", "AP", "2026-02-02T10:00:00Z");
        JsonPath page = given().queryParam("q", word).queryParam("sort", "oldest").when().get("/articles").then().statusCode(200)
                .body("sort", equalTo("oldest")).extract().jsonPath();
        assertThat(page.getList("items.id", String.class)).containsExactly(older, newer);
        assertThat(page.getString("items[0].snippet")).contains("<mark>" + word + "</mark>");
        assertThat(page.getString("items[0].rank")).isNull();
    }

    @Test
    void aCursorPagesOnlyTheOrderItWasIssuedFor() {
        String source = "Wire " + SearchWords.unique();
        for (int i = 1; i <= 3; i++) {
            file("Item " + i, "Body", source, "2026-02-0" + i + "T10:00:00Z");
        }
        String cursor = given().queryParam("source", source).queryParam("sort", "oldest").queryParam("limit", 1).when().get("/articles")
                .then().statusCode(200).extract().path("nextCursor");
        given().queryParam("source", source).queryParam("sort", "newest").queryParam("limit", 1).queryParam("cursor", cursor)
                .when().get("/articles").then().statusCode(400).body("title", equalTo("Invalid cursor"));
    }

    @Test
    void everyPageSaysHowManyMatchExactlyUpToTheBoundThenEstimated() {
        // The tests count exactly up to five.
        String word = SearchWords.unique();
        for (int i = 0; i < 3; i++) {
            file("Item " + i + " " + word, "Body " + word, "AP", null);
        }
        String cursor = given().queryParam("q", word).queryParam("limit", 2).when().get("/articles").then().statusCode(200)
                .body("total.value", equalTo(3)).body("total.exact", equalTo(true)).extract().path("nextCursor");
        given().queryParam("q", word).queryParam("limit", 2).queryParam("cursor", cursor).when().get("/articles").then().statusCode(200)
                .body("items", hasSize(1)).body("total.value", equalTo(3)).body("total.exact", equalTo(true));
        for (int i = 3; i < 8; i++) {
            file("Item " + i + " " + word, "Body " + word, "AP", null);
        }
        JsonPath many = given().queryParam("q", word).when().get("/articles").then().statusCode(200).extract().jsonPath();
        assertThat(many.getBoolean("total.exact")).isFalse();
        assertThat(many.getLong("total.value")).isGreaterThan(5);
    }

    @Test
    void hitsCarryTheirBylineLanguageStatusAndTags() {
        String word = SearchWords.unique();
        UUID rubio = UUID.randomUUID();
        String id = file(Map.of("title", "Talks " + word, "body", "Talks on " + word + ".", "source", "EFE", "byline", "Ana Núñez",
                "language", "es"));
        tag(id, actor(rubio, "Marco Rubio"));
        given().queryParam("q", word).when().get("/articles").then().statusCode(200)
                .body("items[0].byline", equalTo("Ana Núñez"))
                .body("items[0].language", equalTo("es"))
                .body("items[0].status", equalTo("PUBLISHED"))
                .body("items[0].tags[0].actorId", equalTo(rubio.toString()))
                .body("items[0].tags[0].name", equalTo("Marco Rubio"))
                .body("items[0].tags[0].type", equalTo("PERSON"));
    }

    @Test
    void aSearchFindsWordsWhateverTheirAccents() {
        String word = SearchWords.unique();
        String id = file("Interview " + word, "An interview with Ana Núñez in São Paulo about " + word + ".", "EFE", null);
        given().queryParam("q", "nunez " + word).when().get("/articles").then().statusCode(200)
                .body("items.id", equalTo(List.of(id)))
                .body("items[0].snippet", containsString("<mark>Núñez</mark>"));
        given().queryParam("q", "Sao Paulo " + word).when().get("/articles").then().statusCode(200).body("items.id", equalTo(List.of(id)));
    }

    @Test
    void filtersByBylineLanguageAndOwner() {
        String word = SearchWords.unique();
        String spanish = file(Map.of("title", "One " + word, "body", "Body", "byline", "By Ana Núñez and John Roe", "language", "es"));
        String brazilian = file(Map.of("title", "Two " + word, "body", "Body", "byline", "By John Roe", "language", "pt-BR"));
        SignedIn.as(TestTokens.partnerAgency());
        String agencys = file(Map.of("title", "Three " + word, "body", "Body", "byline", "Staff", "language", "en"));

        assertThat(ids(Map.of("q", word, "owner", "me"))).containsExactly(agencys);
        SignedIn.asEditor();
        assertThat(ids(Map.of("q", word, "byline", "ana nunez"))).containsExactly(spanish);
        assertThat(ids(Map.of("q", word, "byline", "john roe"))).containsExactlyInAnyOrder(spanish, brazilian);
        assertThat(ids(Map.of("q", word, "language", "pt"))).containsExactly(brazilian);
        assertThat(ids(Map.of("q", word, "language", "ES"))).containsExactly(spanish);
        assertThat(ids(Map.of("q", word, "owner", "partner-agency"))).containsExactly(agencys);
        assertThat(ids(Map.of("q", word, "owner", "me"))).containsExactlyInAnyOrder(spanish, brazilian);
    }

    @Test
    void everyActorAskedForMustBeTaggedByIdOrNameWhateverItsAccents() {
        String word = SearchWords.unique();
        UUID rubio = UUID.randomUUID();
        UUID nunez = UUID.randomUUID();
        String both = file("Both " + word, "Body", "AP", "2026-02-02T10:00:00Z");
        String one = file("One " + word, "Body", "AP", "2026-02-01T10:00:00Z");
        tag(both, actor(rubio, "Marco Rubio"), actor(nunez, "José Núñez"));
        tag(one, actor(rubio, "Marco Rubio"));

        assertThat(given().queryParam("q", word).queryParam("actor", "marco rubio", nunez.toString()).when().get("/articles")
                .then().statusCode(200).extract().jsonPath().getList("items.id", String.class)).containsExactly(both);
        assertThat(ids(Map.of("q", word, "actor", "jose nunez"))).containsExactly(both);
        assertThat(ids(Map.of("q", word, "actor", rubio.toString(), "sort", "newest"))).containsExactly(both, one);
    }

    @Test
    void anActorIsFoundByAnAliasAndAfterARenameByItsOldName() {
        String word = SearchWords.unique();
        UUID netanyahu = UUID.randomUUID();
        String id = file("Talks " + word, "Body", "AP", null);
        tag(id, new ArticleActorsIdentified.Actor(netanyahu, "Benjamin Netanyahu", "PERSON", List.of(), 3, List.of("Bibi", "Netanyahu")));
        assertThat(ids(Map.of("q", word, "actor", "bibi"))).containsExactly(id);
        assertThat(ids(Map.of("q", word, "actor", "Benjamin Netanyahu"))).containsExactly(id);
        assertThat(ids(Map.of("q", word, "actor", "Benjamin"))).isEmpty();

        curation.rename(new ActorRenamed(netanyahu, "Binyamin Netanyahu"));
        assertThat(ids(Map.of("q", word, "actor", "Benjamin Netanyahu"))).containsExactly(id);
        assertThat(ids(Map.of("q", word, "actor", "binyamin netanyahu"))).containsExactly(id);
    }

    @Test
    void facetsCountTheHitsByActorSourceAndLanguageAsLongAsAsked() {
        String word = SearchWords.unique();
        file(Map.of("title", "One " + word, "body", "Body", "source", "AFP", "language", "fr"));
        file(Map.of("title", "Two " + word, "body", "Body", "source", "AFP", "language", "en"));
        file(Map.of("title", "Three " + word, "body", "Body", "source", "EFE", "language", "en"));
        given().queryParam("q", word).queryParam("facets", "sources,languages").queryParam("facet-size", 1).when().get("/articles")
                .then().statusCode(200)
                .body("sourceFacets", equalTo(List.of(Map.of("value", "AFP", "articles", 2))))
                .body("languageFacets", equalTo(List.of(Map.of("value", "en", "articles", 2))))
                .body("actorFacets", org.hamcrest.Matchers.nullValue());
        given().queryParam("q", word).queryParam("facets", "sources").queryParam("facets", "actors").when().get("/articles")
                .then().statusCode(200).body("sourceFacets.value", equalTo(List.of("AFP", "EFE"))).body("actorFacets", hasSize(0));
    }

    @Test
    void hitsHoldOnlyTheFieldsAskedForWhilePagingStaysOutsideThem() {
        String word = SearchWords.unique();
        UUID rubio = UUID.randomUUID();
        String newer = file("Talks " + word, "Talks on " + word + ".", "EFE", "2026-03-02T10:00:00Z");
        String older = file("More talks " + word, "More talks on " + word + ".", "EFE", "2026-03-01T10:00:00Z");
        tag(newer, actor(rubio, "Marco Rubio"));

        JsonPath ranked = given().queryParam("q", word).queryParam("fields", "id,title,publishedAt,tags").queryParam("limit", 1)
                .when().get("/articles").then().statusCode(200).extract().jsonPath();
        assertThat(ranked.getMap("items[0]").keySet()).containsExactlyInAnyOrder("id", "title", "publishedAt", "tags");
        assertThat(ranked.getInt("total.value")).isEqualTo(2);
        assertThat(ranked.getString("sort")).isEqualTo("relevance");

        // A cursor pages the same search whatever fields each page asks for.
        JsonPath next = given().queryParam("q", word).queryParam("fields", "id").queryParam("limit", 1)
                .queryParam("cursor", ranked.getString("nextCursor")).when().get("/articles").then().statusCode(200).extract().jsonPath();
        assertThat(next.getMap("items[0]").keySet()).containsExactly("id");
        assertThat(List.of(ranked.getString("items[0].id"), next.getString("items[0].id"))).containsExactlyInAnyOrder(newer, older);

        JsonPath dated = given().queryParam("q", word).queryParam("sort", "newest").queryParam("fields", "id,snippet,tags")
                .queryParam("fields", "rank").when().get("/articles").then().statusCode(200).extract().jsonPath();
        assertThat(dated.getList("items.id", String.class)).containsExactly(newer, older);
        assertThat(dated.getString("items[0].snippet")).contains("<mark>" + word + "</mark>");
        assertThat(dated.getString("items[0].tags[0].name")).isEqualTo("Marco Rubio");
        // rank is asked for, but a search by date has none to give.
        assertThat(dated.getMap("items[1]").keySet()).containsExactlyInAnyOrder("id", "snippet", "tags");
    }

    @Test
    void unknownFieldsAreRefusedNamingEachAndTheFieldsAHitHas() {
        given().queryParam("q", "talks").queryParam("fields", "id,actors,body").when().get("/articles")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://newsgraph.org/problems/invalid-query"))
                .body("detail", equalTo("Unknown fields 'actors', 'body' in fields; a hit has id, revision, title, snippet, dateline, "
                        + "source, byline, language, status, embargoed, publishedAt, rank, tags."));
    }

    @Test
    void dayFacetsCountTheHitsByTheirUtcPublicationDayNewestFirst() {
        String word = SearchWords.unique();
        file("Late " + word, "Body " + word, "AP", "2026-03-01T23:59:59Z");
        file("Early " + word, "Body " + word, "AP", "2026-03-01T00:00:00Z");
        file("Next day " + word, "Body " + word, "AP", "2026-03-02T00:00:00Z");
        file("Weeks before " + word, "Body " + word, "AP", "2026-02-11T08:00:00Z");
        String withdrawn = file("Withdrawn " + word, "Body " + word, "AP", "2026-03-05T08:00:00Z");
        given().when().delete("/articles/{id}", withdrawn).then().statusCode(200);

        given().queryParam("q", word).queryParam("facets", "days").when().get("/articles").then().statusCode(200)
                .body("dayFacets", equalTo(List.of(Map.of("value", "2026-03-02", "articles", 1), Map.of("value", "2026-03-01", "articles", 2),
                        Map.of("value", "2026-02-11", "articles", 1))))
                .body("sourceFacets", org.hamcrest.Matchers.nullValue());
        given().queryParam("q", word).queryParam("facets", "days,sources").queryParam("facet-size", 2).queryParam("from", "2026-03-01")
                .when().get("/articles").then().statusCode(200)
                .body("dayFacets.value", equalTo(List.of("2026-03-02", "2026-03-01")))
                .body("sourceFacets", equalTo(List.of(Map.of("value", "AP", "articles", 3))));
    }

    @Test
    void textSearchRanksTitleMatchesFirstAndHighlightsTheMatch() {
        String word = SearchWords.unique();
        String inBody = file("Markets steady", "Traders watched the " + word + " closely as markets steadied.", "Reuters", null);
        String inTitle = file("The " + word + " returns", "Negotiators said the " + word + " would return next week.", "AFP", null);

        JsonPath page = given().queryParam("q", word).when().get("/articles").then().statusCode(200).extract().jsonPath();
        assertThat(page.getList("items.id", String.class)).containsExactly(inTitle, inBody);
        assertThat(page.getString("items[0].snippet")).contains("<mark>" + word + "</mark>");
    }

    @Test
    void theNewestMatchesAreRankedFirstThenOlderOnesSliceBySlice() {
        // The tests rank three matches at a time.
        String word = SearchWords.unique();
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
        String word = SearchWords.unique();
        String reutersOld = file("Old " + word, "Story about " + word + ".", "Reuters", "2025-01-10T08:00:00Z");
        file("New " + word, "Story about " + word + ".", "Reuters", "2026-02-10T08:00:00Z");
        file("Other " + word, "Story about " + word + ".", "AFP", "2025-01-11T08:00:00Z");

        given().queryParam("q", word).queryParam("source", "reuters").queryParam("from", "2025-01-01").queryParam("to", "2025-12-31")
                .when().get("/articles")
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].id", equalTo(reutersOld));
    }

    @Test
    void pagesNeitherSkipNorRepeatWhileArticlesArrive() {
        String word = SearchWords.unique();
        Set<String> filed = new HashSet<>();
        for (int i = 0; i < 7; i++) {
            filed.add(file("Item " + i + " " + word, "Body " + word, "AP", "2026-03-0" + (i + 1) + "T10:00:00Z"));
        }
        // New articles arrive between pages, some ranking anywhere in the results.
        List<String> seen = pages(Map.of("q", word, "limit", 3),
                page -> file("Late " + page + " " + word, "Body " + word, "AP", "2026-03-04T10:00:00Z"));

        assertThat(seen).doesNotHaveDuplicates();
        assertThat(seen).containsAll(filed);
    }

    @Test
    void aWordOfManyArticlesPagesThemAllWhetherAmongTheNewestOrLongAgo() {
        // A slice first reads a few times the newest articles that should hold a window of matches; the old matches
        // lie beyond the articles of the years between, and are found through the text index.
        String word = SearchWords.unique();
        Set<String> filed = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            filed.add(file("Recent " + i + " " + word, "Body " + word, "AP", null));
            filed.add(file("Old " + i + " " + word, "Body " + word, "AP", "2020-01-" + (10 + i) + "T10:00:00Z"));
            file("Between " + i, "Body", "AP", "2023-06-" + (10 + i) + "T10:00:00Z");
            file("Between " + i, "Body", "AP", "2023-07-" + (10 + i) + "T10:00:00Z");
        }
        List<String> seen = pages(Map.of("q", word, "limit", 7), page -> {
        });

        assertThat(seen).doesNotHaveDuplicates();
        assertThat(seen).containsExactlyInAnyOrderElementsOf(filed);
    }

    @Test
    void withoutTextTheNewestComeFirst() {
        String source = "Wire " + SearchWords.unique();
        String older = file("Older", "Body", source, "2026-04-01T10:00:00Z");
        String newer = file("Newer", "Body", source, "2026-04-02T10:00:00Z");
        given().queryParam("source", source).when().get("/articles")
                .then().statusCode(200).body("items.id", equalTo(List.of(newer, older)));
    }

    @Test
    void withdrawnArticlesAreNotFound() {
        String word = SearchWords.unique();
        String id = file("Withdrawn " + word, "Body " + word, "AP", null);
        given().queryParam("q", word).when().get("/articles").then().statusCode(200).body("items", hasSize(1));
        given().when().delete("/articles/{id}", id).then().statusCode(200);
        given().queryParam("q", word).when().get("/articles").then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void aSearchRepeatedAfterFilingFindsTheNewArticle() {
        String word = SearchWords.unique();
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
        String word = SearchWords.unique();
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
