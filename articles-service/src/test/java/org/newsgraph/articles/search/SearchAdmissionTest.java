package org.newsgraph.articles.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.newsgraph.articles.SearchWords;
import org.newsgraph.articles.config.ArticlesConfig;
import org.newsgraph.devstack.testing.TestTokens;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * A flood of searches is refused at once beyond the searches in flight the service answers, rather than held until
 * the connection pool or the caller's patience runs out.
 */
@QuarkusTest
class SearchAdmissionTest {

    private static final int BEYOND_THE_BOUND = 4;

    @Inject
    ArticlesConfig config;

    @Inject
    AgroalDataSource database;

    @TestHTTPResource("/articles")
    URI articles;

    @Test
    void searchesBeyondThoseInFlightAreRefusedAtOnceAndTheOthersAnsweredOnceTheDatabaseIsFree() throws Exception {
        int admitted = config.search().maxInFlight();
        int sent = admitted + BEYOND_THE_BOUND;
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String token = TestTokens.user("bob");
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        try (Connection holder = database.getConnection()) {
            holder.setAutoCommit(false);
            try (Statement lock = holder.createStatement()) {
                // Every search reads the article table: until this transaction ends, none is answered.
                lock.execute("lock table article in access exclusive mode");
            }
            for (int i = 0; i < sent; i++) {
                answers.add(http.sendAsync(search(SearchWords.unique(), token), HttpResponse.BodyHandlers.ofString()));
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> answers.stream().filter(CompletableFuture::isDone).count() == BEYOND_THE_BOUND);
            for (CompletableFuture<HttpResponse<String>> answer : answers.stream().filter(CompletableFuture::isDone).toList()) {
                HttpResponse<String> refused = answer.join();
                assertThat(refused.statusCode()).isEqualTo(503);
                assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
                assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
                assertThat(refused.body()).contains("https://newsgraph.org/problems/search-busy");
            }
            holder.rollback();
        }
        List<Integer> statuses = new ArrayList<>();
        for (CompletableFuture<HttpResponse<String>> answer : answers) {
            statuses.add(answer.get(60, TimeUnit.SECONDS).statusCode());
        }
        assertThat(statuses).filteredOn(status -> status == 200).hasSize(admitted);
        assertThat(statuses).filteredOn(status -> status == 503).hasSize(BEYOND_THE_BOUND);
    }

    private HttpRequest search(String word, String token) {
        return HttpRequest.newBuilder(URI.create(articles + "?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8)))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(60)).GET().build();
    }
}
