package org.newsgraph.gateway.edge;

import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;

/** Filter priorities: the gateway's edge filters run before CORS and authentication, so their refusals carry them too. */
final class EdgeOrder {

    static final int REQUEST_ID = SecurityHandlerPriorities.CORS + 20;
    static final int SECURITY_HEADERS = SecurityHandlerPriorities.CORS + 10;

    private EdgeOrder() {
    }
}
