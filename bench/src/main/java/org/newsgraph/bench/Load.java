package org.newsgraph.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop load: a fixed number of workers, each sending its next request when the last one answered,
 * until a number of requests or a time is reached, whichever comes first. Stops by itself.
 */
final class Load {

    /** One request; returns whether it succeeded. */
    interface Request {
        boolean send(int worker, long sequence) throws Exception;
    }

    record Result(long requests, long failures, Duration elapsed, long[] latenciesNanos) {

        double perSecond() {
            return requests / (elapsed.toNanos() / 1e9);
        }

        double percentileMillis(double percentile) {
            if (latenciesNanos.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(percentile / 100.0 * latenciesNanos.length) - 1;
            return latenciesNanos[Math.max(0, Math.min(index, latenciesNanos.length - 1))] / 1e6;
        }
    }

    private Load() {
    }

    static Result run(int concurrency, long maxRequests, Duration maxTime, Request request) throws Exception {
        AtomicLong sequence = new AtomicLong();
        AtomicLong failures = new AtomicLong();
        long deadline = System.nanoTime() + maxTime.toNanos();
        ExecutorService workers = Executors.newFixedThreadPool(concurrency);
        long started = System.nanoTime();
        List<Future<long[]>> futures = new ArrayList<>();
        for (int worker = 0; worker < concurrency; worker++) {
            int id = worker;
            futures.add(workers.submit(() -> {
                long[] latencies = new long[1024];
                int count = 0;
                long next;
                while ((next = sequence.getAndIncrement()) < maxRequests && System.nanoTime() < deadline) {
                    long before = System.nanoTime();
                    boolean ok;
                    try {
                        ok = request.send(id, next);
                    } catch (Exception e) {
                        ok = false;
                    }
                    long latency = System.nanoTime() - before;
                    if (!ok) {
                        failures.incrementAndGet();
                    }
                    if (count == latencies.length) {
                        latencies = Arrays.copyOf(latencies, count * 2);
                    }
                    latencies[count++] = latency;
                }
                return Arrays.copyOf(latencies, count);
            }));
        }
        long[] all = new long[0];
        for (Future<long[]> future : futures) {
            long[] part = future.get();
            long[] merged = Arrays.copyOf(all, all.length + part.length);
            System.arraycopy(part, 0, merged, all.length, part.length);
            all = merged;
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        workers.shutdown();
        Arrays.sort(all);
        return new Result(all.length, failures.get(), elapsed, all);
    }
}
