package org.newsgraph.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * POST and search throughput of the articles service: files the sample articles (wire stories of 250 to 350
 * words) in turn at a fixed concurrency until the corpus holds the wanted number, then searches it with words,
 * phrases and exclusions that occur in some of them.
 */
final class ArticlesBench {

    private static final List<String> SEARCH_TERMS = List.of("ceasefire", "vaccine", "court ruling", "\"budget deficit\"",
            "election -kenya", "coalition", "climate finance", "wildfire", "Madrid", "samples", "fraud trial", "sanctions");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final List<String> articles;
    private final Report report;
    private final BenchTokens tokens;

    ArticlesBench(String baseUrl, Path samples, BenchTokens tokens, Report report) throws Exception {
        this.baseUrl = baseUrl;
        this.tokens = tokens;
        this.articles = Samples.read(samples);
        this.report = report;
    }

    void run(int concurrency, int corpusSize, Duration searchTime) throws Exception {
        // Warm-up, so that the figures measure a running service, not its first requests.
        Load.run(concurrency, 500, Duration.ofSeconds(30), (worker, sequence) -> post(sequence));
        Load.Result posts = Load.run(concurrency, Math.max(1, corpusSize - 500), Duration.ofMinutes(10), (worker, sequence) -> post(sequence));
        report.line("articles.post.throughput", posts.perSecond(), "requests/s");
        report.line("articles.post.latency.p50", posts.percentileMillis(50), "ms");
        report.line("articles.post.latency.p99", posts.percentileMillis(99), "ms");
        report.line("articles.post.failures", posts.failures(), "requests");
        report.line("articles.post.concurrency", concurrency, "connections");

        Load.Result searches = Load.run(concurrency, Long.MAX_VALUE, searchTime, (worker, sequence) -> search(sequence));
        report.line("articles.search.corpus", corpusSize, "articles");
        report.line("articles.search.distinct-texts", articles.size(), "articles");
        report.line("articles.search.throughput", searches.perSecond(), "requests/s");
        report.line("articles.search.latency.p50", searches.percentileMillis(50), "ms");
        report.line("articles.search.latency.p99", searches.percentileMillis(99), "ms");
        report.line("articles.search.failures", searches.failures(), "requests");
    }

    private boolean post(long sequence) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/articles?title=" + URLEncoder.encode("Bench article " + sequence, StandardCharsets.UTF_8)))
                .header("Content-Type", "text/plain; charset=utf-8")
                .header("Authorization", tokens.bearer())
                .POST(HttpRequest.BodyPublishers.ofString(articles.get((int) (sequence % articles.size()))))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 201;
    }


    private boolean search(long sequence) throws Exception {
        String term = SEARCH_TERMS.get((int) (sequence % SEARCH_TERMS.size()));
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/articles?limit=20&q=" + URLEncoder.encode(term, StandardCharsets.UTF_8)))
                .header("Authorization", tokens.bearer())
                .GET().build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    }
}
