package org.newsgraph.actors.extraction;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Throughput and allocation of {@link ActorExtractor#extract} on one thread over the gold articles, beside the
 * speed of a fixed loop on the same core, so that figures from different machines can be compared by their ratio.
 * Not part of the test run; see the module README for how to run it.
 */
public final class ExtractionBenchmark {

    private static final int WARM_UP_SECONDS = 5;
    private static final int MEASURE_SECONDS = 10;

    private ExtractionBenchmark() {
    }

    public static void main(String[] args) {
        List<String> bodies = GoldArticles.all().stream().map(GoldArticles.Article::body).toList();
        long bytesPerPass = bodies.stream().mapToLong(b -> b.getBytes(StandardCharsets.UTF_8).length).sum();

        long start = System.nanoTime();
        ActorExtractor extractor = new ActorExtractor();
        System.out.printf(Locale.ROOT, "extraction.startup: %.0f ms%n", (System.nanoTime() - start) / 1e6);

        run(extractor, bodies, WARM_UP_SECONDS);
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        long allocatedBefore = threads.getThreadAllocatedBytes(thread);
        long cpuBefore = threads.getCurrentThreadCpuTime();
        long wallBefore = System.nanoTime();
        long passes = run(extractor, bodies, MEASURE_SECONDS);
        double wallSeconds = (System.nanoTime() - wallBefore) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuBefore) / 1e9;
        long allocated = threads.getThreadAllocatedBytes(thread) - allocatedBefore;

        long articles = passes * bodies.size();
        double kilobytes = passes * bytesPerPass / 1024.0;
        System.out.printf(Locale.ROOT, "extraction.articles: %d articles%n", articles);
        System.out.printf(Locale.ROOT, "extraction.throughput: %.0f KB/s%n", kilobytes / cpuSeconds);
        System.out.printf(Locale.ROOT, "extraction.throughput.wall: %.0f KB/s%n", kilobytes / wallSeconds);
        System.out.printf(Locale.ROOT, "extraction.throughput.articles: %.0f articles/s%n", articles / cpuSeconds);
        System.out.printf(Locale.ROOT, "extraction.latency: %.3f ms%n", cpuSeconds * 1000 / articles);
        System.out.printf(Locale.ROOT, "extraction.allocation: %.0f KB/article%n", allocated / 1024.0 / articles);

        double calibration = calibrationMegabytesPerSecond(threads);
        System.out.printf(Locale.ROOT, "calibration.fnv1a: %.0f MB/s%n", calibration);
        System.out.printf(Locale.ROOT, "extraction.relative: %.4f of the calibration loop%n",
                kilobytes / 1024.0 / cpuSeconds / calibration);
    }

    /** FNV-1a over a fixed megabyte, again and again: plain work that only the core's speed changes. */
    private static double calibrationMegabytesPerSecond(ThreadMXBean threads) {
        byte[] megabyte = new byte[1 << 20];
        for (int i = 0; i < megabyte.length; i++) {
            megabyte[i] = (byte) (i * 31 + 7);
        }
        int hash = fnv1a(megabyte, 0);
        long passes = 0;
        long cpuBefore = threads.getCurrentThreadCpuTime();
        long end = System.nanoTime() + WARM_UP_SECONDS * 1_000_000_000L;
        while (System.nanoTime() < end) {
            hash = fnv1a(megabyte, hash);
            passes++;
        }
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuBefore) / 1e9;
        if (hash == 42) {
            System.out.print(""); // keeps the hash alive
        }
        return passes / cpuSeconds;
    }

    private static int fnv1a(byte[] bytes, int seed) {
        int hash = 0x811c9dc5 ^ seed;
        for (byte b : bytes) {
            hash = (hash ^ b) * 0x01000193;
        }
        return hash;
    }

    private static long run(ActorExtractor extractor, List<String> bodies, int seconds) {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long passes = 0;
        int sink = 0;
        while (System.nanoTime() < end) {
            for (String body : bodies) {
                sink += extractor.extract(body).actors().size();
            }
            passes++;
        }
        if (sink < 0) {
            throw new IllegalStateException("unreachable: keeps the results alive");
        }
        return passes;
    }
}
