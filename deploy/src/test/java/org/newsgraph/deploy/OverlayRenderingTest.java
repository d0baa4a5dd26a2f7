package org.newsgraph.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

class OverlayRenderingTest {

    @Test
    void everyOverlayDirectoryHasItsExpectations() throws IOException {
        try (Stream<Path> directories = Files.list(Repository.manifests().resolve("overlays"))) {
            assertThat(directories.map(directory -> directory.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(Overlay.ALL.stream().map(Overlay::name).toList());
        }
    }

    @ParameterizedTest
    @FieldSource("org.newsgraph.deploy.Overlay#ALL")
    void rendersIntoOneNamespaceWithEveryObjectFittingItsModel(Overlay overlay) {
        Manifests manifests = Rendered.overlay(overlay);

        assertThat(manifests.size()).isPositive();
        assertThat(manifests.namespace()).startsWith("newsgraph");
    }
}
