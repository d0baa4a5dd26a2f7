package org.newsgraph.devstack;

import java.nio.file.Path;

/**
 * Where a stack keeps its state (data, logs, pid files) and where unpacked server distributions live.
 * Distributions are shared between stacks; state is not.
 *
 * @param attached whether the servers end with the JVM that started them (tests) or outlive it (./newsgraph up)
 */
public record StackLayout(Path stateDir, Path distDir, boolean attached) {

    public StackLayout {
        stateDir = stateDir.toAbsolutePath().normalize();
        distDir = distDir.toAbsolutePath().normalize();
    }

    Path state(String component) {
        return stateDir.resolve(component);
    }
}
