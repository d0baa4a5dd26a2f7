package org.newsgraph.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * POST and search throughput of the articles service. It files the sample articles (wire stories of 250 to 350
 * words) in turn at a fixed concurrency: first a warm-up, so that the figures measure a running service and not its
 * first requests, then the measured corpus. The warm-up is a number of articles, not a time, so that the searches
 * that follow run over a corpus of a known size. Then it searches that corpus two ways: popular searches, the same
 * dozen again and again as readers send them, and distinct searches, each sent once, words and pairs of words of
 * the samples, which no cache can answer.
 */
final class ArticlesBench {

    private static final List<String> POPULAR_SEARCHES = List.of("ceasefire", "vaccine", "court ruling", "\"budget deficit\"",
            "election -kenya", "coalition", "climate finance", "wildfire", "Madrid", "samples", "fraud trial", "sanctions");
    private static final Pattern WORD = Pattern.compile("\\p{L}{5,}");

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

    void run(int concurrency, int corpusSize, int warmUpArticles, Duration searchTime) throws Exception {
        List<String> distinctSearches = distinctSearches(articles);
        Duration searchWarmUp = searchTime.dividedBy(4);
        Load.Result warmUpPosts = Load.run(concurrency, warmUpArticles, Duration.ofMinutes(10), (worker, sequence) -> post(sequence));
        Load.run(concurrency, Long.MAX_VALUE, searchWarmUp, (worker, sequence) -> search(popular(sequence)));
        Load.run(concurrency, Long.MAX_VALUE, searchWarmUp,
                (worker, sequence) -> search(distinctSearches.get((int) (distinctSearches.size() - 1 - sequence % distinctSearches.size()))));

        Load.Result posts = Load.run(concurrency, corpusSize, Duration.ofMinutes(10), (worker, sequence) -> post(sequence));
        report.line("articles.post.throughput", posts.perSecond(), "requests/s");
        report.line("articles.post.latency.p50", posts.percentileMillis(50), "ms");
        report.line("articles.post.latency.p99", posts.percentileMillis(99), "ms");
        report.line("articles.post.failures", posts.failures(), "requests");
        report.line("articles.post.concurrency", concurrency, "connections");
        report.line("articles.search.corpus", warmUpPosts.requests() + posts.requests(), "articles");

        Load.Result popular = Load.run(concurrency, Long.MAX_VALUE, searchTime, (worker, sequence) -> search(popular(sequence)));
        report.line("articles.search.popular.throughput", popular.perSecond(), "requests/s");
        report.line("articles.search.popular.latency.p50", popular.percentileMillis(50), "ms");
        report.line("articles.search.popular.latency.p99", popular.percentileMillis(99), "ms");
        report.line("articles.search.popular.failures", popular.failures(), "requests");

        Load.Result distinct = Load.run(concurrency, distinctSearches.size(), searchTime,
                (worker, sequence) -> search(distinctSearches.get((int) sequence)));
        report.line("articles.search.distinct.throughput", distinct.perSecond(), "requests/s");
        report.line("articles.search.distinct.latency.p50", distinct.percentileMillis(50), "ms");
        report.line("articles.search.distinct.latency.p99", distinct.percentileMillis(99), "ms");
        report.line("articles.search.distinct.failures", distinct.failures(), "requests");
    }

    private static String popular(long sequence) {
        return POPULAR_SEARCHES.get((int) (sequence % POPULAR_SEARCHES.size()));
    }

    /** Single words and pairs of words of the samples, each once, in an order fixed by a seed. */
    static List<String> distinctSearches(List<String> texts) {
        Set<String> vocabulary = new TreeSet<>();
        for (String text : texts) {
            Matcher word = WORD.matcher(text);
            while (word.find()) {
                vocabulary.add(word.group().toLowerCase());
            }
        }
        List<String> words = new ArrayList<>(vocabulary);
        Random random = new Random(42);
        Set<String> searches = new LinkedHashSet<>();
        int wanted = Math.min(100_000, words.size() * 20);
        while (searches.size() < wanted) {
            String first = words.get(random.nextInt(words.size()));
            searches.add(random.nextBoolean() ? first : first + " " + words.get(random.nextInt(words.size())));
        }
        return List.copyOf(searches);
    }

    private boolean post(long sequence) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/articles?title=" + URLEncoder.encode("Bench article " + sequence, StandardCharsets.UTF_8)))
                .header("Content-Type", "text/plain; charset=utf-8")
                .header("Authorization", tokens.bearer())
                .POST(HttpRequest.BodyPublishers.ofString(articles.get((int) (sequence % articles.size()))))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 201;
    }

    private boolean search(String text) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/articles?limit=20&q=" + URLEncoder.encode(text, StandardCharsets.UTF_8)))
                .header("Authorization", tokens.bearer())
                .GET().build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    }
}
