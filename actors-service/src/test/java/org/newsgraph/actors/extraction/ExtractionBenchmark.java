package org.newsgraph.actors.extraction;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Throughput and allocation of {@link ActorExtractor#extract} on one thread over the gold articles, beside the
 * speed of a fixed loop on the same core and the time of a step through memory, so that figures from different
 * machines can be compared by their ratio.
 * Not part of the test run; see the module README for how to run it.
 */
public final class ExtractionBenchmark {

    private static final int WARM_UP_SECONDS = 5;
    private static final int MEASURE_SECONDS = 10;
    private static final int WALK_MEGABYTES = 64;
    private static final int WALK_STEPS = 2_000_000;

    private ExtractionBenchmark() {
    }

    public static void main(String[] args) {
        List<String> bodies = GoldArticles.all().stream().map(GoldArticles.Article::body).toList();
        long bytesPerPass = bodies.stream().mapToLong(b -> b.getBytes(StandardCharsets.UTF_8).length).sum();

        long start = System.nanoTime();
        ActorExtractor extractor = new ActorExtractor();
        System.out.printf(Locale.ROOT, "extraction.startup: %.0f ms%n", (System.nanoTime() - start) / 1e6);

        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        run(extractor, bodies, WARM_UP_SECONDS, threads);
        long thread = Thread.currentThread().getId();
        long allocatedBefore = threads.getThreadAllocatedBytes(thread);
        long cpuBefore = threads.getCurrentThreadCpuTime();
        long wallBefore = System.nanoTime();
        Passes measured = run(extractor, bodies, MEASURE_SECONDS, threads);
        long passes = measured.count();
        double wallSeconds = (System.nanoTime() - wallBefore) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuBefore) / 1e9;
        long allocated = threads.getThreadAllocatedBytes(thread) - allocatedBefore;

        long articles = passes * bodies.size();
        double kilobytes = passes * bytesPerPass / 1024.0;
        System.out.printf(Locale.ROOT, "extraction.articles: %d articles%n", articles);
        System.out.printf(Locale.ROOT, "extraction.throughput: %.0f KB/s%n", kilobytes / cpuSeconds);
        System.out.printf(Locale.ROOT, "extraction.throughput.best: %.0f KB/s%n",
                bytesPerPass / 1024.0 / (measured.fastestCpuNanos() / 1e9));
        System.out.printf(Locale.ROOT, "extraction.throughput.wall: %.0f KB/s%n", kilobytes / wallSeconds);
        System.out.printf(Locale.ROOT, "extraction.throughput.articles: %.0f articles/s%n", articles / cpuSeconds);
        System.out.printf(Locale.ROOT, "extraction.latency: %.3f ms%n", cpuSeconds * 1000 / articles);
        System.out.printf(Locale.ROOT, "extraction.allocation: %.0f KB/article%n", allocated / 1024.0 / articles);

        double calibration = calibrationMegabytesPerSecond(threads);
        System.out.printf(Locale.ROOT, "calibration.fnv1a.best: %.0f MB/s%n", calibration);
        System.out.printf(Locale.ROOT, "extraction.relative.best: %.4f of the calibration loop%n",
                bytesPerPass / 1048576.0 / (measured.fastestCpuNanos() / 1e9) / calibration);
        System.out.printf(Locale.ROOT, "calibration.memory.walk: %.1f ns a step through %d MB%n",
                memoryWalkNanos(threads), WALK_MEGABYTES);
    }

    /**
     * A random walk through memory, the fastest of a few: what a lookup in a large table costs, which the core's loop
     * above never shows, since it stays in the processor's caches. The engine looks words up in tables of several
     * megabytes, so a machine whose memory is slower loses more on it than its core's speed says.
     */
    private static double memoryWalkNanos(ThreadMXBean threads) {
        int[] next = new int[WALK_MEGABYTES * 1024 * 1024 / Integer.BYTES];
        int[] order = new int[next.length];
        Random random = new Random(1);
        for (int i = 0; i < order.length; i++) {
            int j = random.nextInt(i + 1);
            order[i] = order[j];
            order[j] = i;
        }
        for (int i = 0; i < order.length; i++) {
            next[order[i]] = order[(i + 1) % order.length];
        }
        int at = 0;
        long fastest = Long.MAX_VALUE;
        for (int walk = 0; walk < 5; walk++) {
            long before = threads.getCurrentThreadCpuTime();
            for (int step = 0; step < WALK_STEPS; step++) {
                at = next[at];
            }
            fastest = Math.min(fastest, threads.getCurrentThreadCpuTime() - before);
        }
        if (at == -1) {
            System.out.print(""); // keeps the walk alive
        }
        return fastest / (double) WALK_STEPS;
    }

    /**
     * How many passes over the articles ran, and the least CPU time one took: on a machine shared with other work the
     * fastest pass is the steadiest figure, since others' load only ever slows a pass down.
     */
    private record Passes(long count, long fastestCpuNanos) {
    }

    /** FNV-1a over a fixed megabyte, the fastest of many passes: plain work that only the core's speed changes. */
    private static double calibrationMegabytesPerSecond(ThreadMXBean threads) {
        byte[] megabyte = new byte[1 << 20];
        for (int i = 0; i < megabyte.length; i++) {
            megabyte[i] = (byte) (i * 31 + 7);
        }
        int hash = 0;
        long fastest = Long.MAX_VALUE;
        long end = System.nanoTime() + WARM_UP_SECONDS * 1_000_000_000L;
        while (System.nanoTime() < end) {
            long before = threads.getCurrentThreadCpuTime();
            hash = fnv1a(megabyte, hash);
            fastest = Math.min(fastest, threads.getCurrentThreadCpuTime() - before);
        }
        if (hash == 42) {
            System.out.print(""); // keeps the hash alive
        }
        return 1e9 / fastest;
    }

    private static int fnv1a(byte[] bytes, int seed) {
        int hash = 0x811c9dc5 ^ seed;
        for (byte b : bytes) {
            hash = (hash ^ b) * 0x01000193;
        }
        return hash;
    }

    private static Passes run(ActorExtractor extractor, List<String> bodies, int seconds, ThreadMXBean threads) {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long passes = 0;
        long fastest = Long.MAX_VALUE;
        int sink = 0;
        while (System.nanoTime() < end) {
            long before = threads.getCurrentThreadCpuTime();
            for (String body : bodies) {
                sink += extractor.extract(body).actors().size();
            }
            fastest = Math.min(fastest, threads.getCurrentThreadCpuTime() - before);
            passes++;
        }
        if (sink < 0) {
            throw new IllegalStateException("unreachable: keeps the results alive");
        }
        return new Passes(passes, fastest);
    }
}
