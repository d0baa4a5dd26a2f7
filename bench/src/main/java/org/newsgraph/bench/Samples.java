package org.newsgraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The sample articles the benchmarks filed before they wrote their own: every {@code .txt} of a folder, in name order. */
final class Samples {

    private Samples() {
    }

    /** The samples in turn, again and again: after one round every name in them is known. */
    static Corpus corpus(Path folder) throws IOException {
        List<String> texts = read(folder);
        return sequence -> texts.get((int) (sequence % texts.size()));
    }

    static List<String> read(Path folder) throws IOException {
        List<String> texts;
        try (var files = Files.list(folder)) {
            texts = files.filter(file -> file.toString().endsWith(".txt")).sorted().map(Samples::text).toList();
        }
        if (texts.isEmpty()) {
            throw new IllegalArgumentException("no .txt articles in " + folder);
        }
        return texts;
    }

    private static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
