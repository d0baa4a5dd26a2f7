package org.newsgraph.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;

/**
 * POST and search of the articles service, each at a steady rate, open loop: a request is due at its moment whatever
 * the answers, and its latency counts from then. First a warm-up, filed and searched as fast as a few connections
 * can, so that the figures measure a running service and not its first requests; it is a number of articles, not a
 * time, so that the searches that follow run over a corpus of a known size. Then the measured articles, each a new
 * one of the corpus, and searches over all of them two ways: popular searches, the same dozen again and again as
 * readers send them, and distinct searches, words and pairs of words of the articles filed, which no cache can answer;
 * then the popular searches again while articles are filed, as news comes in.
 */
final class ArticlesBench {

    /** Words of the news in the samples and in the written stories alike. */
    private static final List<String> POPULAR_SEARCHES = List.of("ceasefire", "vaccine", "court ruling", "\"budget deficit\"",
            "election -kenya", "coalition", "fertiliser", "\"striking workers\"", "ports authority", "tea -coffee",
            "compensation farmers", "sanctions");
    private static final Pattern WORD = Pattern.compile("\\p{L}{5,}");
    /** The articles whose words make the distinct searches: enough for a vocabulary of thousands. */
    private static final int VOCABULARY_ARTICLES = 2_000;
    private static final Duration DRAIN = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final Corpus corpus;
    private final AtomicLong nextArticle = new AtomicLong();
    private final Report report;
    /** An editor files, a reader searches: what a filer sees of a new article is not what other readers see. */
    private final BenchTokens editor;
    private final BenchTokens reader;
    private final DevstackDatabase articlesDatabase;

    ArticlesBench(String baseUrl, Corpus corpus, BenchTokens editor, BenchTokens reader, DevstackDatabase articlesDatabase,
            Report report) {
        this.baseUrl = baseUrl;
        this.articlesDatabase = articlesDatabase;
        this.editor = editor;
        this.reader = reader;
        this.corpus = corpus;
        this.report = report;
    }

    /**
     * @param concurrency connections of the closed-loop warm-up
     * @param articles how many articles the measured POSTs file, at {@code postRate}
     * @param distinctRate the rate of the distinct searches, each of which the database answers: lower than the
     *        popular ones' {@code searchRate} to measure their latency below saturation
     * @param filingRate articles filed a second while the popular searches run again; with 0 they do not run again
     * @param maxInFlight requests that may wait for answers at once; more are refused as errors
     */
    void run(int concurrency, int articles, int warmUpArticles, int postRate, int searchRate, int distinctRate, int filingRate,
            Duration searchTime, int maxInFlight)
            throws Exception {
        List<String> distinctSearches = distinctSearches(LongStream.range(0, Math.min(VOCABULARY_ARTICLES, warmUpArticles + articles))
                .mapToObj(corpus::article).toList());
        Duration searchWarmUp = searchTime.dividedBy(4);
        Load.Result warmUpPosts = Load.run(concurrency, warmUpArticles, Duration.ofMinutes(10), (worker, sequence) -> post());
        Load.run(concurrency, Long.MAX_VALUE, searchWarmUp,
                (worker, sequence) -> search(distinctSearches.get((int) (distinctSearches.size() - 1 - sequence % distinctSearches.size()))));

        OpenLoad.Result posts = OpenLoad.run(postRate, Duration.ofNanos((long) (articles * 1e9 / postRate)), maxInFlight, DRAIN,
                (sequence, due) -> post());
        posts.report("articles.post", report);
        report.line("articles.search.filed", warmUpPosts.requests() - warmUpPosts.failures() + posts.succeeded(), "articles filed by this run");
        report.line("articles.search.archive", TableSize.of(articlesDatabase, List.of("article")).rows(),
                "articles in articles-service's database, which the searches run over");

        // Right before they are measured, so that their pages are in the cache as they are for readers who keep
        // sending them: read longer ago, they would have aged out, and the measured ones would wait for a first read.
        Load.run(concurrency, Long.MAX_VALUE, searchWarmUp, (worker, sequence) -> search(popular(sequence)));
        OpenLoad.Result popular = OpenLoad.run(searchRate, searchTime, maxInFlight, DRAIN, (sequence, due) -> search(popular(sequence)));
        popular.report("articles.search.popular", report);
        if (filingRate > 0) {
            popularWhileFiling(searchRate, filingRate, searchTime, maxInFlight);
        }
        OpenLoad.Result distinct = OpenLoad.run(distinctRate, searchTime, maxInFlight, DRAIN,
                (sequence, due) -> search(distinctSearches.get((int) (sequence % distinctSearches.size()))));
        distinct.report("articles.search.distinct", report);
        report.line("articles.search.distinct.searches", distinctSearches.size(), "different searches, each sent once per round");
    }

    /** The popular searches again while news comes in, each article filed a change that search pages must show. */
    private void popularWhileFiling(int searchRate, int filingRate, Duration searchTime, int maxInFlight) throws Exception {
        ExecutorService filing = Executors.newSingleThreadExecutor();
        try {
            Future<OpenLoad.Result> filed = filing.submit(() -> OpenLoad.run(filingRate, searchTime, maxInFlight, DRAIN, (sequence, due) -> post()));
            OpenLoad.Result searched = OpenLoad.run(searchRate, searchTime, maxInFlight, DRAIN, (sequence, due) -> search(popular(sequence)));
            searched.report("articles.search.popular-while-filing", report);
            filed.get().report("articles.post.while-searching", report);
        } finally {
            filing.shutdownNow();
        }
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

    /** Files the corpus's next article. */
    private boolean post() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/articles"))
                .header("Content-Type", "text/plain; charset=utf-8")
                .header("Authorization", editor.bearer())
                .POST(HttpRequest.BodyPublishers.ofString(corpus.article(nextArticle.getAndIncrement())))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 201;
    }

    private boolean search(String text) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/articles?limit=20&q=" + URLEncoder.encode(text, StandardCharsets.UTF_8)))
                .header("Authorization", reader.bearer())
                .GET().build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    }
}
