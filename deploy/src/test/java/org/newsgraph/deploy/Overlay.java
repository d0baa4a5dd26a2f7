package org.newsgraph.deploy;

import java.nio.file.Path;
import java.util.List;

/** An overlay under deploy/k8s/overlays and what its environment must have. */
record Overlay(String name, boolean production, int kafkaBrokers, int databaseInstances, PublicEntry entry) {

    static final List<Overlay> ALL = List.of(
            new Overlay("dev", false, 1, 1, PublicEntry.GATEWAY_API),
            new Overlay("prod", true, 3, 3, PublicEntry.GATEWAY_API),
            new Overlay("prod-keda", true, 3, 3, PublicEntry.GATEWAY_API),
            new Overlay("prod-ingress", true, 3, 3, PublicEntry.INGRESS));

    static Overlay named(String name) {
        return ALL.stream().filter(overlay -> overlay.name.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No overlay " + name));
    }

    /** Where the overlay lives under a copy of deploy/k8s. */
    Path directory(Path manifests) {
        return manifests.resolve("overlays").resolve(name);
    }

    @Override
    public String toString() {
        return name;
    }
}
