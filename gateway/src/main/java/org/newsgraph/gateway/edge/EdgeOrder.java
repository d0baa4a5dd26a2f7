package org.newsgraph.gateway.edge;

import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;

/**
 * Filter priorities: the gateway's edge filters run before CORS and authentication, so their refusals carry them too.
 * The request id (see RequestIds of the problem module) comes first, then these, the request limits, and the origins.
 */
final class EdgeOrder {

    static final int SECURITY_HEADERS = SecurityHandlerPriorities.CORS + 10;
    /** Just before Quarkus' CORS filter, which would refuse the same requests with an empty 403. */
    static final int CORS_ORIGINS = SecurityHandlerPriorities.CORS + 1;

    private EdgeOrder() {
    }
}
