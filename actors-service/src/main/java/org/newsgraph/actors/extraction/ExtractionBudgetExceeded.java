package org.newsgraph.actors.extraction;

import java.time.Duration;

/** A text the engine stopped reading because it took longer than the budget of one extraction. */
public final class ExtractionBudgetExceeded extends RuntimeException {

    private final Duration budget;

    ExtractionBudgetExceeded(Duration budget, int length) {
        super("A text of " + length + " characters could not be read within the extraction budget of "
                + budget.toMillis() + " ms.");
        this.budget = budget;
    }

    public Duration budget() {
        return budget;
    }
}
