package org.newsgraph.problem;

import io.vertx.core.MultiMap;

/** A problem whose answer carries headers of its own, such as Allow or Retry-After. */
public interface ProblemHeaders {

    void addTo(MultiMap headers);
}
