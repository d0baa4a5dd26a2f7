package org.newsgraph.actors.scoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** A text with its gold answer: NAME.txt beside NAME.json, as the scorer script reads them. */
public record GoldDocument(String name, String text, JsonNode gold) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The documents of a folder, in the order of their file names; a text without its gold is left out. */
    public static List<GoldDocument> in(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".txt"))
                    .filter(file -> Files.exists(gold(file)))
                    .sorted()
                    .map(GoldDocument::read)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static GoldDocument read(Path text) {
        try {
            return new GoldDocument(name(text), Files.readString(text, StandardCharsets.UTF_8),
                    JSON.readTree(gold(text).toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path gold(Path text) {
        return text.resolveSibling(name(text) + ".json");
    }

    private static String name(Path text) {
        String file = text.getFileName().toString();
        return file.substring(0, file.length() - ".txt".length());
    }
}
