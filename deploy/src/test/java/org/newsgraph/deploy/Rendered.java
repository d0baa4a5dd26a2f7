package org.newsgraph.deploy;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Overlays rendered and parsed, each once per test run. */
final class Rendered {

    private static final Map<Overlay, Manifests> CHECKED_IN = new ConcurrentHashMap<>();

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
}
