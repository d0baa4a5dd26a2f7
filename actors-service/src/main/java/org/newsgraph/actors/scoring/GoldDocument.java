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

/**
 * A text with its gold answer: NAME.txt beside NAME.json, as the scorer script reads them.
 *
 * @param collection the collection it belongs to, whose documents were annotated by the same conventions
 */
public record GoldDocument(String collection, String name, String text, JsonNode gold) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The documents of a folder, a collection named after it, in the order of their file names; a text without its
     * gold is left out.
     */
    public static List<GoldDocument> in(Path folder) {
        return in(folder.toAbsolutePath().getFileName().toString(), folder);
    }

    /** The documents of a folder as documents of a collection, in the order of their file names. */
    public static List<GoldDocument> in(String collection, Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".txt"))
                    .filter(file -> Files.exists(gold(file)))
                    .sorted()
                    .map(text -> read(collection, text))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static GoldDocument read(String collection, Path text) {
        try {
            return new GoldDocument(collection, name(text), Files.readString(text, StandardCharsets.UTF_8),
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
