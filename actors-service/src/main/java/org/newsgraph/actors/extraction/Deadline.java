package org.newsgraph.actors.extraction;

import java.time.Duration;

/**
 * When the reading of one text must stop. The engine's loops call {@link #check} as they go; the clock is read
 * only every so many calls, so that checking costs next to nothing. Not thread-safe: one per text.
 */
final class Deadline {

    /** For the word lists, read once at start-up. */
    static final Deadline NONE = new Deadline(null, 0, 0);

    private static final int CHECKS_PER_CLOCK_READ = 1 << 10;

    private final Duration budget;
    private final long endNanos;
    private final int length;
    private int countdown = CHECKS_PER_CLOCK_READ;

    private Deadline(Duration budget, long endNanos, int length) {
        this.budget = budget;
        this.endNanos = endNanos;
        this.length = length;
    }

    /** @param length of the text, for the message */
    static Deadline after(Duration budget, int length) {
        return new Deadline(budget, System.nanoTime() + budget.toNanos(), length);
    }

    /** @throws ExtractionBudgetExceeded once the budget is spent */
    void check() {
        if (budget == null || --countdown > 0) {
            return;
        }
        countdown = CHECKS_PER_CLOCK_READ;
        if (System.nanoTime() - endNanos > 0) {
            throw new ExtractionBudgetExceeded(budget, length);
        }
    }
}
