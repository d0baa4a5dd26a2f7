package org.newsgraph.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

class OverlayRenderingTest {

    @Test
    void everyOverlayDirectoryHasItsExpectations() throws IOException {
        try (Stream<Path> directories = Files.list(Repository.manifests().resolve("overlays"))) {
            assertThat(directories.map(directory -> directory.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(Overlay.ALL.stream().map(Overlay::name).toList());
        }
    }

    /** Fields kustomize has deprecated, and warns of on every render: resources, patches and replacements do their work. */
    @Test
    void noKustomizationUsesAFieldKustomizeHasDeprecated() throws IOException {
        Set<String> deprecated = Set.of("bases", "patchesStrategicMerge", "patchesJson6902", "vars", "commonLabels");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Repository.manifests())) {
            for (Path file : files.filter(path -> path.getFileName().toString().equals("kustomization.yaml")).toList()) {
                JsonNode kustomization = new YAMLMapper().readTree(file.toFile());
                kustomization.fieldNames().forEachRemaining(field -> {
                    if (deprecated.contains(field)) {
                        found.add(Repository.manifests().relativize(file) + ": " + field);
                    }
                });
            }
        }
        assertThat(found).isEmpty();
    }

    @ParameterizedTest
    @FieldSource("org.newsgraph.deploy.Overlay#ALL")
    void rendersIntoOneNamespaceWithEveryObjectFittingItsModel(Overlay overlay) {
        Manifests manifests = Rendered.overlay(overlay);

        assertThat(manifests.size()).isPositive();
        assertThat(manifests.namespace()).startsWith("newsgraph");
    }
}
