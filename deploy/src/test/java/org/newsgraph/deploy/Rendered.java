package org.newsgraph.deploy;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Overlays rendered and parsed, each once per test run. */
final class Rendered {

    private static final Map<Overlay, Manifests> CHECKED_IN = new ConcurrentHashMap<>();
    private static Manifests cluster;

    private Rendered() {
    }

    /** The overlay as it is in the checkout. */
    static Manifests overlay(Overlay overlay) {
        return CHECKED_IN.computeIfAbsent(overlay, key -> overlay(Repository.manifests(), key));
    }

    /** The overlay under {@code manifests}, a copy of deploy/k8s. */
    static Manifests overlay(Path manifests, Overlay overlay) {
        return Manifests.parse(Kubectl.fromEnvironment().kustomize(overlay.directory(manifests)));
    }

    /** What deploy/k8s/cluster, applied once per cluster, renders to. */
    static synchronized Manifests cluster() {
        if (cluster == null) {
            cluster = cluster(Repository.manifests());
        }
        return cluster;
    }

    /** What the cluster folder under {@code manifests}, a copy of deploy/k8s, renders to. */
    static Manifests cluster(Path manifests) {
        return Manifests.parse(Kubectl.fromEnvironment().kustomize(manifests.resolve("cluster")));
    }
}
