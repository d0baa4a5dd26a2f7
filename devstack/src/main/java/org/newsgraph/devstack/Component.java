package org.newsgraph.devstack;

import java.util.Map;

/** A server the platform needs, run as a local process. */
public interface Component extends AutoCloseable {

    String name();

    /** Starts the server, or adopts the one already running from the same state directory, and waits until it is ready. */
    void start();

    /** Stops the server this state directory runs; nothing happens when none runs. */
    void stop();

    boolean isRunning();

    /** Quarkus configuration that points a service at this server. */
    Map<String, String> serviceConfig();

    @Override
    default void close() {
        stop();
    }
}
