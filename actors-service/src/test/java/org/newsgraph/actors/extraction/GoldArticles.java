package org.newsgraph.actors.extraction;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The gold articles in test resources: NAME.txt bodies with NAME.json gold answers. */
final class GoldArticles {

    record Article(String name, String body, Path gold) {
    }

    private GoldArticles() {
    }

    static Path directory() {
        try {
            return Path.of(GoldArticles.class.getResource("/articles").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Article> all() {
        try (Stream<Path> files = Files.list(directory())) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted()
                    .map(GoldArticles::article).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Article article(Path gold) {
        String name = gold.getFileName().toString().replaceFirst("\\.json$", "");
        try {
            return new Article(name, Files.readString(gold.resolveSibling(name + ".txt"), StandardCharsets.UTF_8), gold);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
