package org.newsgraph.events;

/** Event data that breaks its contract: a poison message for a consumer, a bug for a producer. */
public class InvalidEventException extends RuntimeException {

    public InvalidEventException(String message) {
        super(message);
    }

    public InvalidEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
