package org.newsgraph.actors.scoring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.newsgraph.actors.api.ExtractResponse;
import org.newsgraph.actors.extraction.ActorExtractor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Scores the engine on a folder of gold files (NAME.txt beside NAME.json) without starting any service: the
 * engine's answer is the one POST /extract gives with an empty registry, scored by {@link GoldScorer}, and the
 * lines printed are the scorer script's. {@code ./newsgraph score DIR} runs it.
 */
public final class GoldScoring {

    private static final ObjectMapper JSON = new ObjectMapper();

    private GoldScoring() {
    }

    public static void main(String[] args) {
        if (args.length != 1 || !Files.isDirectory(Path.of(args[0]))) {
            System.err.println("usage: GoldScoring DIR   (a folder of NAME.txt files, each with its gold NAME.json)");
            System.exit(2);
        }
        List<Path> texts = goldTexts(Path.of(args[0]));
        ActorExtractor extractor = new ActorExtractor();
        GoldScorer.Counts total = new GoldScorer.Counts();
        long nanos = 0;
        long chars = 0;
        for (Path text : texts) {
            String body = read(text);
            long started = System.nanoTime();
            JsonNode answer = JSON.valueToTree(ExtractResponse.of(extractor.extract(body)));
            nanos += System.nanoTime() - started;
            chars += body.length();
            GoldScorer.Counts counts = GoldScorer.score(readJson(gold(text)), answer);
            System.out.println(counts.articleLine(name(text)));
            total.add(counts);
        }
        System.out.println(total.summaryLine(texts.size()));
        System.err.printf("engine: %d documents, %d chars in %.0f ms%n", texts.size(), chars, nanos / 1e6);
    }

    private static List<Path> goldTexts(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".txt"))
                    .filter(file -> Files.exists(gold(file)))
                    .sorted()
                    .toList();
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

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode readJson(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
