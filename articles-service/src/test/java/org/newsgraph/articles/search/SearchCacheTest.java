package org.newsgraph.articles.search;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.newsgraph.articles.SearchWords;
import org.newsgraph.devstack.testing.SignedIn;
import org.newsgraph.devstack.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * What a search answered from memory shows of a change, and to whom: articles are filed all the time, so a filing
 * must not empty the cache for everyone, yet its writer finds it at once and a withdrawal reaches every reader at once.
 */
@QuarkusTest
class SearchCacheTest {

    /** The cache's lifetime (articles.search.cache-ttl, 5 s) and room for a slow machine. */
    private static final Duration WITHIN_CACHE_LIFETIME = Duration.ofSeconds(15);

    private static void asWriter() {
        SignedIn.asEditor();
    }

    private static void asReader() {
        SignedIn.as(TestTokens.user("bob"));
    }

    private static String file(String word) {
        return given().contentType(ContentType.JSON).body(Map.of("title", "The " + word, "body", "Body", "source", "AP"))
                .when().post("/articles").then().statusCode(201).extract().path("id");
    }

    private static List<String> found(String word) {
        return given().queryParam("q", word).when().get("/articles").then().statusCode(200).extract().jsonPath()
                .getList("items.id", String.class);
    }

    @Test
    void aFilingShowsItsWriterAtOnceWhileOtherReadersAreAnsweredFromMemoryUntilTheirPageIsRefreshed() {
        String word = SearchWords.unique();
        asReader();
        assertThat(found(word)).isEmpty();
        asWriter();
        assertThat(found(word)).isEmpty();

        String id = file(word);
        assertThat(found(word)).containsExactly(id);
        asReader();
        assertThat(found(word)).as("the reader's page, read before the filing and not yet aged out").isEmpty();
        await().atMost(WITHIN_CACHE_LIFETIME).untilAsserted(() -> assertThat(found(word)).containsExactly(id));
    }

    @Test
    void aWithdrawalReachesEveryReaderAtOnce() {
        String word = SearchWords.unique();
        asWriter();
        String id = file(word);
        asReader();
        await().atMost(WITHIN_CACHE_LIFETIME).untilAsserted(() -> assertThat(found(word)).containsExactly(id));

        asWriter();
        given().when().delete("/articles/{id}", id).then().statusCode(200);
        asReader();
        assertThat(found(word)).isEmpty();
    }
}
