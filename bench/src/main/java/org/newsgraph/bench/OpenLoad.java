package org.newsgraph.bench;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import org.HdrHistogram.Histogram;

/**
 * An open-loop load: requests sent at a constant arrival rate for a fixed time, each at its moment whether or not the
 * ones before it have answered, as readers and agencies send them. A request's latency counts from the moment it was
 * due, not from when a thread got round to sending it, so that queueing anywhere, in the platform or here, shows in
 * the figures (a closed loop, which sends the next request only after an answer, hides it: coordinated omission).
 *
 * <p>At most {@code maxInFlight} requests wait for answers at once. One due while that many wait is refused and
 * counted as an error, rather than queued here without bound. After the last is sent, answers are awaited for at most
 * {@code drain}; those still unanswered are counted as errors too, and recorded at the time they had waited, a lower
 * bound. So a run stops by itself, within its duration and its drain.
 */
final class OpenLoad {

    /**
     * One request. {@code dueNanos} is the {@link System#nanoTime()} at which it was due, from which a request that
     * waits for more than its answer (an article's tags) measures itself.
     */
    interface Request {
        boolean send(long sequence, long dueNanos) throws Exception;
    }

    /**
     * @param due the requests the rate and duration called for
     * @param refused due while {@code maxInFlight} requests waited, so never sent
     * @param unanswered sent, but not answered within the drain
     * @param elapsed from the first request due until the last answer, or the end of the drain
     * @param latencies of every request sent, from when it was due until its answer, in nanoseconds
     */
    record Result(double ratePerSecond, long due, long succeeded, long failed, long refused, long unanswered, Duration elapsed,
                  Histogram latencies) {

        double perSecond() {
            return succeeded / (elapsed.toNanos() / 1e9);
        }

        long errors() {
            return failed + refused + unanswered;
        }

        double percentileMillis(double percentile) {
            return latencies.getTotalCount() == 0 ? Double.NaN : latencies.getValueAtPercentile(percentile) / 1e6;
        }

        double maxMillis() {
            return latencies.getTotalCount() == 0 ? Double.NaN : latencies.getMaxValue() / 1e6;
        }

        /** The figures of this run, as {@code name.rate}, {@code name.latency.p99} and so on. */
        void report(String name, Report report) {
            report.line(name + ".rate", ratePerSecond, "requests/s due, open loop");
            report.line(name + ".throughput", perSecond(), "requests/s answered");
            report.line(name + ".latency.p50", percentileMillis(50), "ms");
            report.line(name + ".latency.p99", percentileMillis(99), "ms");
            report.line(name + ".latency.p999", percentileMillis(99.9), "ms");
            report.line(name + ".latency.max", maxMillis(), "ms");
            report.line(name + ".errors", errors(), "requests of " + due + " (" + failed + " failed, " + refused + " refused, "
                    + unanswered + " unanswered)");
        }
    }

    private OpenLoad() {
    }

    static Result run(double ratePerSecond, Duration duration, int maxInFlight, Duration drain, Request request)
            throws InterruptedException {
        if (ratePerSecond <= 0 || maxInFlight < 1) {
            throw new IllegalArgumentException("an open load needs a positive rate and room for one request in flight");
        }
        long due = (long) (ratePerSecond * duration.toNanos() / 1e9);
        double periodNanos = 1e9 / ratePerSecond;
        Semaphore inFlight = new Semaphore(maxInFlight);
        Ledger ledger = new Ledger(maxInFlight);
        ExecutorService senders = Executors.newFixedThreadPool(maxInFlight, daemons());
        long refused = 0;
        long started = System.nanoTime();
        try {
            for (long sequence = 0; sequence < due; sequence++) {
                long dueNanos = started + Math.round(sequence * periodNanos);
                awaitNanoTime(dueNanos);
                if (!inFlight.tryAcquire()) {
                    refused++;
                    continue;
                }
                long number = sequence;
                ledger.sent(number, dueNanos);
                senders.execute(() -> {
                    boolean ok = false;
                    try {
                        ok = request.send(number, dueNanos);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } catch (Exception e) {
                        // A request that throws failed.
                    } finally {
                        ledger.answered(number, dueNanos, ok);
                        inFlight.release();
                    }
                });
            }
            senders.shutdown();
            senders.awaitTermination(drain.toNanos(), TimeUnit.NANOSECONDS);
            // Closed before the senders still waiting are interrupted, so that they count as unanswered, not failed.
            return ledger.close(ratePerSecond, due, refused, started);
        } finally {
            senders.shutdownNow();
        }
    }

    /** What was sent and answered; closed once, after which late answers no longer count. */
    private static final class Ledger {

        private final Histogram latencies = new Histogram(3);
        /** The due time of each request sent and not yet answered, by its sequence number. */
        private final Map<Long, Long> waiting;
        private long succeeded;
        private long failed;
        private long lastAnswer;
        private boolean closed;

        Ledger(int maxInFlight) {
            waiting = new HashMap<>(maxInFlight * 2);
        }

        synchronized void sent(long sequence, long dueNanos) {
            waiting.put(sequence, dueNanos);
        }

        synchronized void answered(long sequence, long dueNanos, boolean ok) {
            if (closed) {
                return;
            }
            long now = System.nanoTime();
            waiting.remove(sequence);
            latencies.recordValue(Math.max(0, now - dueNanos));
            lastAnswer = Math.max(lastAnswer, now);
            if (ok) {
                succeeded++;
            } else {
                failed++;
            }
        }

        synchronized Result close(double ratePerSecond, long due, long refused, long started) {
            closed = true;
            long now = System.nanoTime();
            for (long dueNanos : waiting.values()) {
                latencies.recordValue(Math.max(0, now - dueNanos));
            }
            long end = waiting.isEmpty() ? Math.max(lastAnswer, started + 1) : now;
            return new Result(ratePerSecond, due, succeeded, failed, refused, waiting.size(), Duration.ofNanos(end - started),
                    latencies.copy());
        }
    }

    private static void awaitNanoTime(long nanoTime) throws InterruptedException {
        long left;
        while ((left = nanoTime - System.nanoTime()) > 0) {
            LockSupport.parkNanos(left);
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
        }
    }

    private static ThreadFactory daemons() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "open-load-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
