package org.newsgraph.articles.search;

import org.newsgraph.problem.ProblemException;

public class InvalidCursorException extends ProblemException {

    public InvalidCursorException() {
        super(400, "invalid-cursor", "Invalid cursor",
                "The cursor was not issued for this search; start again without one.");
    }
}
