package org.newsgraph.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the gateway costs: {@code GET /api/v1/articles/{id}} through the gateway against {@code GET /articles/{id}} straight
 * to articles-service, at the same concurrency, in the same run, with the same token (alice's, from the development
 * realm). The gateway's rate limit for editors must be above the load, or the figures measure the limit.
 */
final class GatewayBench {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private final String gatewayUrl;
    private final String articlesUrl;
    private final BenchTokens tokens;
    private final String sample;
    private final Report report;

    GatewayBench(String gatewayUrl, String articlesUrl, String keycloakUrl, Path sampleArticle, Report report) throws Exception {
        this.gatewayUrl = gatewayUrl;
        this.articlesUrl = articlesUrl;
        this.tokens = new BenchTokens(keycloakUrl, "alice");
        this.sample = Files.readString(sampleArticle);
        this.report = report;
    }

    void run(int concurrency, Duration measureTime) throws Exception {
        String articleId = sampleArticleId(tokens.bearer());
        URI direct = URI.create(articlesUrl + "/articles/" + articleId);
        URI proxied = URI.create(gatewayUrl + "/api/v1/articles/" + articleId);

        // Warm-up of both paths, so that the figures measure running servers, not their first requests.
        String bearer = tokens.bearer();
        Load.run(concurrency, Long.MAX_VALUE, Duration.ofSeconds(5), (worker, sequence) -> get(direct, bearer));
        Load.run(concurrency, Long.MAX_VALUE, Duration.ofSeconds(5), (worker, sequence) -> get(proxied, bearer));

        Load.Result directly = measure(direct, concurrency, measureTime);
        Load.Result through = measure(proxied, concurrency, measureTime);
        lines("gateway.article.direct", directly);
        lines("gateway.article.proxied", through);
        report.line("gateway.article.throughput.ratio", through.perSecond() / directly.perSecond(), "proxied/direct");
        report.line("gateway.article.latency.p50.added", through.percentileMillis(50) - directly.percentileMillis(50), "ms");
        report.line("gateway.article.latency.p99.added", through.percentileMillis(99) - directly.percentileMillis(99), "ms");
        report.line("gateway.article.concurrency", concurrency, "connections");
    }

    /** The token is read once per measurement, so that renewing it never lands inside one path's figures. */
    private Load.Result measure(URI uri, int concurrency, Duration time) throws Exception {
        String bearer = tokens.bearer();
        return Load.run(concurrency, Long.MAX_VALUE, time, (worker, sequence) -> get(uri, bearer));
    }

    private void lines(String name, Load.Result result) {
        report.line(name + ".throughput", result.perSecond(), "requests/s");
        report.line(name + ".latency.p50", result.percentileMillis(50), "ms");
        report.line(name + ".latency.p99", result.percentileMillis(99), "ms");
        report.line(name + ".failures", result.failures(), "requests");
    }

    private boolean get(URI uri, String bearer) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri).header("Authorization", bearer).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    }

    /** Files the sample once (the Idempotency-Key makes a second run find the same article) and returns its id. */
    private String sampleArticleId(String bearer) throws Exception {
        HttpRequest file = HttpRequest.newBuilder(URI.create(articlesUrl + "/articles"))
                .header("Authorization", bearer)
                .header("Content-Type", "text/plain; charset=utf-8")
                .header("Idempotency-Key", "gateway-bench-sample")
                .POST(HttpRequest.BodyPublishers.ofString(sample))
                .build();
        HttpResponse<String> filed = http.send(file, HttpResponse.BodyHandlers.ofString());
        Matcher id = ID.matcher(filed.body());
        if (filed.statusCode() / 100 != 2 || !id.find()) {
            throw new IllegalStateException("could not file the sample article: " + filed.statusCode() + " " + filed.body());
        }
        return id.group(1);
    }
}
