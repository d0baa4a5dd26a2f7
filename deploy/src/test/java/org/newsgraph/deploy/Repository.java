package org.newsgraph.deploy;

import java.nio.file.Files;
import java.nio.file.Path;

/** Paths in the checkout, found from the working directory, whether the tests run from the module or the root. */
final class Repository {

    private Repository() {
    }

    static Path root() {
        for (Path directory = Path.of("").toAbsolutePath(); directory != null; directory = directory.getParent()) {
            if (Files.isDirectory(directory.resolve("deploy/k8s"))) {
                return directory;
            }
        }
        throw new IllegalStateException("No deploy/k8s above " + Path.of("").toAbsolutePath());
    }

    static Path manifests() {
        return root().resolve("deploy/k8s");
    }
}
