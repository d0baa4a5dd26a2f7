package org.newsgraph.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Renders kustomizations with {@code kubectl kustomize}: the kubectl named by {@code KUBECTL}, else the one on the
 * PATH.
 * Both kubectl 1.32 (kustomize v5) and Debian's kubectl 1.20 (kustomize v2.0.3) must render the manifests alike.
 */
final class Kubectl {

    private static final long RENDER_TIMEOUT_SECONDS = 60;

    private final String executable;

    Kubectl(String executable) {
        this.executable = executable;
    }

    static Kubectl fromEnvironment() {
        String configured = System.getenv("KUBECTL");
        return new Kubectl(configured == null || configured.isBlank() ? "kubectl" : configured);
    }

    /** The YAML the kustomization in {@code directory} renders to. */
    String kustomize(Path directory) {
        Process process;
        try {
            process = new ProcessBuilder(executable, "kustomize", directory.toString()).start();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run " + executable + " (" + e.getMessage() + "). The deploy module "
                    + "renders deploy/k8s with `kubectl kustomize`: install kubectl (on Debian, the package "
                    + "kubernetes-client) or set KUBECTL to its path.", e);
        }
        CompletableFuture<String> errors = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
        String rendered = read(process.getInputStream());
        try {
            if (!process.waitFor(RENDER_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(executable + " kustomize " + directory + " did not finish in "
                        + RENDER_TIMEOUT_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while rendering " + directory, e);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException(executable + " kustomize " + directory + " failed:\n" + errors.join());
        }
        return rendered;
    }

    private static String read(InputStream stream) {
        try (stream) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
