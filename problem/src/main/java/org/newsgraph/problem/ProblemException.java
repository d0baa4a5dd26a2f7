package org.newsgraph.problem;

import java.net.URI;

/**
 * A domain failure that the caller should hear about as a problem. Subclasses name the problem;
 * the type URI is stable so that clients can switch on it.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String title;
    private final URI type;

    public ProblemException(int status, String slug, String title, String detail) {
        super(detail);
        this.status = status;
        this.title = title;
        this.type = URI.create("https://newsgraph.org/problems/" + slug);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public URI type() {
        return type;
    }
}
