package org.newsgraph.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.SynchronizedHistogram;

/**
 * The platform end to end: from an article's POST until its actors show on the article. Measures throughput
 * (a burst filed as fast as the writers can, until the last of it is annotated: a capacity, so a closed loop) and
 * freshness (an open loop at a steady rate: each article due at its moment, watched from then until its tags
 * appear, with its POST's latency from the same moment). An article is read once its actors are announced on
 * Kafka, and then until its tags show. Every article filed in a run is a new one of the corpus.
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

    /** An article whose tags have not shown this long after it was due counts as never annotated. */
    private static final Duration TAGS_DEADLINE = Duration.ofSeconds(30);
    /** Freshness figures are at most a fifth too long. */
    private static final ReadPace FRESHNESS_PACE = new ReadPace(TimeUnit.MILLISECONDS.toNanos(5), 5);
    /** The burst reads only a few articles, whose tags show when the whole burst is through: no need to read often. */
    private static final ReadPace BURST_PACE = new ReadPace(TimeUnit.MILLISECONDS.toNanos(25), 2);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private final String articlesUrl;
    private final Corpus corpus;
    /** The next article of the corpus to file, across warm-up, burst and freshness. */
    private final AtomicLong nextArticle = new AtomicLong();
    private final BenchTokens tokens;
    private final Report report;
    private final TagWatch watch;
    private final ProcessCpu cpu;
    /** Articles read to see whether their tags show. */
    private final LongAdder reads = new LongAdder();

    /** @param articlesUrl where articles are filed and read: the gateway's {@code /api/v1/articles} or a service's {@code /articles} */
    IngestBench(String articlesUrl, Corpus corpus, BenchTokens tokens, TagWatch watch, ProcessCpu cpu, Report report) {
        this.articlesUrl = articlesUrl;
        this.corpus = corpus;
        this.tokens = tokens;
        this.watch = watch;
        this.cpu = cpu;
        this.report = report;
    }

    /**
     * @param warmUpAtMost articles filed and annotated first, unmeasured, in bursts as large as the measured one, until
     *     the platform stops getting faster, so that the figures are a warm platform's
     * @param maxInFlight how many freshness articles may wait for their tags at once; more are refused as errors
     * @return the measured throughput, in articles per second
     */
    double run(int warmUpAtMost, int burst, int concurrency, int ratePerSecond, Duration steadyFor, int maxInFlight) throws Exception {
        report.line("ingest.warm-up", warmUp(warmUpAtMost, burst, concurrency), "articles");
        ProcessCpu.Snapshot before = cpu.snapshot();
        Burst measured = burst(burst, concurrency);
        ProcessCpu.Snapshot spent = cpu.snapshot().since(before);
        int annotated = countTagged(measured.filed(), concurrency);
        double throughput = annotated / measured.seconds();
        report.line("ingest.throughput", throughput, "articles/s");
        report.line("ingest.burst", burst, "articles");
        report.line("ingest.burst.post.throughput", measured.posts().perSecond(), "requests/s");
        report.line("ingest.burst.concurrency", concurrency, "connections, closed loop");
        report.line("ingest.unannotated", burst - annotated, "articles");
        spent.report("ingest.cpu", annotated, "an article annotated, in the burst", report);
        freshness(ratePerSecond, steadyFor, maxInFlight);
        return throughput;
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
        Load.Result posts = Load.run(concurrency, count, Duration.ofMinutes(5), (worker, sequence) -> filed.add(post()));
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

    /**
     * Files articles at a steady rate, each due at its moment whatever the platform answers, and measures from that
     * moment both its POST's answer and its tags showing.
     */
    private void freshness(int ratePerSecond, Duration steadyFor, int maxInFlight) throws Exception {
        Histogram posts = new SynchronizedHistogram(3);
        long readsBefore = reads.sum();
        ProcessCpu.Snapshot before = cpu.snapshot();
        OpenLoad.Result freshness = OpenLoad.run(ratePerSecond, steadyFor, maxInFlight, TAGS_DEADLINE.plusSeconds(5), (sequence, due) -> {
            String id = post();
            posts.recordValue(System.nanoTime() - due);
            return tagsShow(id, due + TAGS_DEADLINE.toNanos());
        });
        ProcessCpu.Snapshot spent = cpu.snapshot().since(before);
        freshness.report("freshness", report);
        report.line("freshness.reads", (reads.sum() - readsBefore) / (double) freshness.succeeded(),
                "reads of an article until its tags showed, counted in the run's CPU below");
        report.line("freshness.machine.busy", spent.machineBusySeconds() / freshness.elapsed().toNanos() * 1e9,
                "cores busy on average, of " + Runtime.getRuntime().availableProcessors());
        spent.report("freshness.cpu", freshness.succeeded(), "an article annotated, at the steady rate", report);
        report.line("ingest.post.latency.p50", posts.getValueAtPercentile(50) / 1e6, "ms, from when due, in the freshness run");
        report.line("ingest.post.latency.p99", posts.getValueAtPercentile(99) / 1e6, "ms, from when due, in the freshness run");
        report.line("ingest.post.latency.max", posts.getMaxValue() / 1e6, "ms, from when due, in the freshness run");
    }

    /** Files the corpus's next article; its id. */
    private String post() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(articlesUrl))
                .header("Authorization", tokens.bearer())
                .header("Content-Type", "text/plain; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(corpus.article(nextArticle.getAndIncrement())))
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
        reads.increment();
        HttpRequest request = HttpRequest.newBuilder(URI.create(articlesUrl + "/" + id)).header("Authorization", tokens.bearer()).GET().build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200 && response.body().contains("\"actorsRevision\"");
    }

}
