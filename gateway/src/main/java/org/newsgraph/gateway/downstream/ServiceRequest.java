package org.newsgraph.gateway.downstream;

import java.util.Optional;

import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.streams.ReadStream;

/**
 * A request to a service.
 *
 * @param pathAndQuery below the service's address, such as {@code /articles?q=ceasefire}
 * @param body streamed to the service as it arrives; absent for a request without one
 */
public record ServiceRequest(HttpMethod method, String pathAndQuery, MultiMap headers, Optional<ReadStream<Buffer>> body) {

    /** Only reads are retried: a write might have been done although its answer was lost. */
    public boolean isRead() {
        return method == HttpMethod.GET || method == HttpMethod.HEAD;
    }
}
