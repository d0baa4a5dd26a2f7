package org.newsgraph.devstack;

import java.nio.file.Path;

final class Jvm {

    private Jvm() {
    }

    /** The java of the JVM running us, so that the servers run on the same Java as the build. */
    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
