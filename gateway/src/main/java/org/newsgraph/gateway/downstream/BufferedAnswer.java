package org.newsgraph.gateway.downstream;

import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;

/** A service's whole answer, for the gateway to read rather than stream through. */
public record BufferedAnswer(int status, MultiMap headers, Buffer body) {
}
