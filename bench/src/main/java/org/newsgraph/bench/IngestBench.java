package org.newsgraph.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The platform end to end: from an article's POST until its actors show on the article. Measures throughput
 * (a burst filed as fast as the writers can, until the last of it is annotated) and freshness (a steady rate,
 * each article watched until its tags appear). An article is read once its actors are announced on Kafka, and
 * then until its tags show.
 */
final class IngestBench {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    /**
     * How often an announced article is read until its tags show: first after a few milliseconds, then after a
     * share of the time it has waited so far, at most 250 ms apart. Few reads when the platform falls behind.
     *
     * @param share each read waits 1/share of the time waited so far
     */
    private record ReadPace(long firstNanos, int share) {

        private static final long LAST_NANOS = TimeUnit.MILLISECONDS.toNanos(250);

        long next(long waitedNanos) {
            return Math.min(LAST_NANOS, Math.max(firstNanos, waitedNanos / share));
        }
    }

    /** Freshness figures are at most a fifth too long. */
    private static final ReadPace FRESHNESS_PACE = new ReadPace(TimeUnit.MILLISECONDS.toNanos(5), 5);
    /** The burst reads only a few articles, whose tags show when the whole burst is through: no need to read often. */
    private static final ReadPace BURST_PACE = new ReadPace(TimeUnit.MILLISECONDS.toNanos(25), 2);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private final String articlesUrl;
    private final List<String> stories;
    private final BenchTokens tokens;
    private final Report report;
    private final TagWatch watch;

    /** @param articlesUrl where articles are filed and read: the gateway's {@code /api/v1/articles} or a service's {@code /articles} */
    IngestBench(String articlesUrl, Path samples, BenchTokens tokens, TagWatch watch, Report report) throws Exception {
        this.articlesUrl = articlesUrl;
        this.stories = Samples.read(samples);
        this.tokens = tokens;
        this.watch = watch;
        this.report = report;
    }

    /**
     * @param warmUpAtMost articles filed and annotated first, unmeasured, in bursts as large as the measured one, until
     *     the platform stops getting faster, so that the figures are a warm platform's
     */
    void run(int warmUpAtMost, int burst, int concurrency, int ratePerSecond, Duration steadyFor) throws Exception {
        report.line("ingest.warm-up", warmUp(warmUpAtMost, burst, concurrency), "articles");
        Burst measured = burst(burst, concurrency);
        int annotated = countTagged(measured.filed(), concurrency);
        report.line("ingest.throughput", annotated / measured.seconds(), "articles/s");
        report.line("ingest.burst", burst, "articles");
        report.line("ingest.post.throughput", measured.posts().perSecond(), "requests/s");
        report.line("ingest.unannotated", burst - annotated, "articles");
        freshness(ratePerSecond, steadyFor);
    }

    /** Files bursts until the platform stops getting faster (see {@link WarmUp}); returns how many articles it filed. */
    private int warmUp(int atMost, int burst, int concurrency) throws Exception {
        int filed = 0;
        WarmUp warmUp = WarmUp.STARTED;
        while (filed < atMost && !warmUp.done()) {
            int size = Math.min(burst, atMost - filed);
            warmUp = warmUp.after(size / burst(size, concurrency).seconds());
            filed += size;
        }
        return filed;
    }

    private record Burst(List<String> filed, double seconds, Load.Result posts) {
    }

    /**
     * Files articles as fast as the writers can, and waits until the actors of all of them show. The articles service
     * takes each partition's announcements in order, so once the article each partition announced last shows its
     * tags, every earlier one does: only those few are read while the clock runs. Reading every article instead
     * loaded the platform it measures with over a read an article.
     */
    private Burst burst(int count, int concurrency) throws Exception {
        List<String> filed = Collections.synchronizedList(new ArrayList<>());
        long started = System.nanoTime();
        long deadline = started + TimeUnit.MINUTES.toNanos(5);
        Load.Result posts = Load.run(concurrency, count, Duration.ofMinutes(5), (worker, sequence) -> filed.add(post(sequence)));
        awaitAnnouncements(filed, deadline);
        long last = started;
        for (long seen : readTails(deadline)) {
            last = Math.max(last, seen < 0 ? System.nanoTime() : seen);
        }
        return new Burst(filed, (last - started) / 1e9, posts);
    }

    private void awaitAnnouncements(List<String> articles, long deadlineNanos) throws Exception {
        try {
            CompletableFuture.allOf(articles.stream().map(watch::announced).toArray(CompletableFuture[]::new))
                    .get(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            // The articles never announced are counted as never annotated.
        }
    }

    /** Reads the article each partition announced last until its tags show, each on its own thread: when, or -1. */
    private long[] readTails(long deadlineNanos) {
        ExecutorService readers = Executors.newCachedThreadPool();
        try {
            List<CompletableFuture<Long>> tails = watch.lastAnnounced().stream()
                    .map(id -> CompletableFuture.supplyAsync(() -> readUntilTagged(id, System.nanoTime(), deadlineNanos, BURST_PACE), readers))
                    .toList();
            return tails.stream().mapToLong(CompletableFuture::join).toArray();
        } finally {
            readers.shutdownNow();
        }
    }

    /** Reads each article once, after the clock stopped: how many show their actors. */
    private int countTagged(List<String> articles, int concurrency) throws Exception {
        Load.Result reads = Load.run(concurrency, articles.size(), Duration.ofMinutes(2), (worker, sequence) -> tagged(articles.get((int) sequence)));
        return (int) (reads.requests() - reads.failures());
    }

    private void freshness(int ratePerSecond, Duration steadyFor) throws Exception {
        int total = (int) (ratePerSecond * steadyFor.toSeconds());
        long[] freshness = new long[total];
        Arrays.fill(freshness, -1);
        AtomicLong sequence = new AtomicLong();
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        ExecutorService writers = Executors.newCachedThreadPool();
        long period = TimeUnit.SECONDS.toNanos(1) / ratePerSecond;
        // The clock only hands out work, so that a slow article never holds back the next one's filing.
        clock.scheduleAtFixedRate(() -> {
            int index = (int) sequence.getAndIncrement();
            if (index < total) {
                writers.submit(() -> watch(index, freshness));
            }
        }, 0, period, TimeUnit.NANOSECONDS);
        Thread.sleep(steadyFor.toMillis());
        clock.shutdownNow();
        writers.shutdown();
        writers.awaitTermination(40, TimeUnit.SECONDS);
        long[] seen = Arrays.stream(freshness).filter(nanos -> nanos >= 0).sorted().toArray();
        Load.Result result = new Load.Result(seen.length, total - seen.length, steadyFor, seen);
        report.line("freshness.rate", ratePerSecond, "articles/s");
        report.line("freshness.p50", result.percentileMillis(50), "ms");
        report.line("freshness.p99", result.percentileMillis(99), "ms");
        report.line("freshness.unannotated", total - seen.length, "articles");
    }

    /** Files one article and records how long until its actors show; -1 stays when they never do. */
    private void watch(int index, long[] freshness) {
        try {
            long sent = System.nanoTime();
            if (tagsShow(post(index), sent + TimeUnit.SECONDS.toNanos(30))) {
                freshness[index] = System.nanoTime() - sent;
            }
        } catch (Exception e) {
            // Counted as an article never seen annotated.
        }
    }

    private String post(long sequence) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(articlesUrl))
                .header("Authorization", tokens.bearer())
                .header("Content-Type", "text/plain; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(stories.get((int) (sequence % stories.size()))))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        Matcher id = ID.matcher(response.body());
        if (response.statusCode() != 201 || !id.find()) {
            throw new IllegalStateException("filing failed with " + response.statusCode());
        }
        return id.group(1);
    }

    /** Waits for the article's announcement, then reads it until its tags show; false if that misses the deadline. */
    private boolean tagsShow(String id, long deadlineNanos) throws Exception {
        try {
            watch.announced(id).get(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            return false;
        }
        return readUntilTagged(id, System.nanoTime(), deadlineNanos, FRESHNESS_PACE) >= 0;
    }

    /** Reads an announced article until its tags show: when they did, or -1 if that misses the deadline. */
    private long readUntilTagged(String id, long announced, long deadlineNanos, ReadPace pace) {
        try {
            while (!tagged(id)) {
                long now = System.nanoTime();
                if (now > deadlineNanos) {
                    return -1;
                }
                TimeUnit.NANOSECONDS.sleep(pace.next(now - announced));
            }
            return System.nanoTime();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        } catch (Exception e) {
            return -1;
        }
    }

    private boolean tagged(String id) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(articlesUrl + "/" + id)).header("Authorization", tokens.bearer()).GET().build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200 && response.body().contains("\"actorsRevision\"");
    }

}
