package org.newsgraph.gateway.downstream;

import org.newsgraph.security.routes.Service;

/** A request that got no answer from its service: no connection, or the connection broke. */
final class ServiceUnreachable extends RuntimeException {

    private final boolean retryable;

    ServiceUnreachable(Service service, boolean retryable, Throwable cause) {
        super(service.displayName() + " could not be reached: " + cause.getMessage(), cause, false, false);
        this.retryable = retryable;
    }

    boolean retryable() {
        return retryable;
    }
}
