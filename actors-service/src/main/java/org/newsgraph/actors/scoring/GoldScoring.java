package org.newsgraph.actors.scoring;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.newsgraph.actors.api.ExtractResponse;
import org.newsgraph.actors.extraction.ActorExtractor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Scores the engine on a folder of gold files (NAME.txt beside NAME.json) without starting any service: the
 * engine's answer is the one POST /extract gives with an empty registry, scored by {@link GoldScorer}, and the
 * lines printed are the scorer script's. {@code ./newsgraph score DIR} runs it; with {@code --errors} each article's
 * line is followed by its spurious, mistyped and missed actors and its missed aliases.
 */
public final class GoldScoring {

    private static final ObjectMapper JSON = new ObjectMapper();

    private GoldScoring() {
    }

    public static void main(String[] args) {
        boolean errors = args.length == 2 && args[1].equals("--errors");
        if (args.length != 1 && !errors || !Files.isDirectory(Path.of(args[0]))) {
            System.err.println("usage: GoldScoring DIR [--errors]   (a folder of NAME.txt files, each with its gold NAME.json)");
            System.exit(2);
        }
        List<GoldDocument> documents = GoldDocument.in(Path.of(args[0]));
        ActorExtractor extractor = new ActorExtractor();
        GoldScorer.Counts total = new GoldScorer.Counts();
        long nanos = 0;
        long chars = 0;
        for (GoldDocument document : documents) {
            long started = System.nanoTime();
            JsonNode answer = JSON.valueToTree(ExtractResponse.extract(extractor, document.text()));
            nanos += System.nanoTime() - started;
            chars += document.text().length();
            GoldScorer.Counts counts = GoldScorer.score(document.gold(), answer);
            System.out.println(counts.articleLine(document.name()));
            if (errors) {
                counts.actorErrors.forEach(error -> System.out.println("  " + error));
            }
            total.add(counts);
        }
        System.out.println(total.summaryLine(documents.size()));
        System.err.printf("engine: %d documents, %d chars in %.0f ms%n", documents.size(), chars, nanos / 1e6);
    }
}
