package org.newsgraph.actors.extraction;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.newsgraph.actors.api.ExtractResponse;
import org.newsgraph.actors.scoring.GoldDocument;
import org.newsgraph.actors.scoring.GoldScorer;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Measures a change to the engine on the texts it learns from, without looking at any other: the documents of the
 * folders {@code ./newsgraph train} learns from are cut into k folds, and each fold is scored by an engine whose models
 * were learned, as {@link ActorModelTraining} learns them, from the other folds only. Deterministic, like the training.
 *
 * <pre>./newsgraph crossvalidate DIR [K] [--errors]</pre>
 *
 * With {@code --errors}, each document's line and its wrong and missed actors are printed as it is scored.
 */
public final class ActorModelCrossValidation {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ActorModelCrossValidation() {
    }

    public static void main(String[] args) throws IOException {
        boolean errors = args.length > 0 && args[args.length - 1].equals("--errors");
        int end = errors ? args.length - 1 : args.length;
        if (end < 2 || !args[0].matches("[2-9]|10")) {
            System.err.println("usage: ActorModelCrossValidation K COLLECTION... [--errors]   (K from 2 to 10; "
                    + ActorModelTraining.COLLECTION_USAGE + ")");
            System.exit(2);
        }
        int k = Integer.parseInt(args[0]);
        List<GoldDocument> documents = ActorModelTraining.collections(Arrays.asList(args).subList(1, end));
        GoldScorer.Counts total = new GoldScorer.Counts();
        List<List<GoldDocument>> folds = folds(documents, k);
        for (int fold = 0; fold < k; fold++) {
            List<GoldDocument> held = folds.get(fold);
            List<GoldDocument> learned = allBut(folds, fold);
            ActorExtractor extractor = new ActorExtractor(KnownActors.none(), ActorExtractor.DEFAULT_BUDGET,
                    new ActorModel(ActorModelTraining.train(learned)));
            GoldScorer.Counts counts = new GoldScorer.Counts();
            for (GoldDocument document : held) {
                GoldScorer.Counts scored = GoldScorer.score(document.gold(),
                        JSON.valueToTree(ExtractResponse.extract(extractor, document.text())));
                if (errors) {
                    System.out.println(scored.articleLine(document.name()));
                    scored.actorErrors.forEach(error -> System.out.println("  " + error));
                }
                counts.add(scored);
            }
            System.out.println(counts.summaryLine(held.size()).replace("extraction:", "fold " + (fold + 1) + "/" + k + ":"));
            total.add(counts);
        }
        System.out.println(total.summaryLine(documents.size()));
    }

    /** The documents of every fold but one. */
    static List<GoldDocument> allBut(List<List<GoldDocument>> folds, int left) {
        List<GoldDocument> documents = new ArrayList<>();
        for (int fold = 0; fold < folds.size(); fold++) {
            if (fold != left) {
                documents.addAll(folds.get(fold));
            }
        }
        return documents;
    }

    /** Every k-th document to one fold, in the order of their names, so that the folds do not change with the folders' order. */
    static List<List<GoldDocument>> folds(List<GoldDocument> documents, int k) {
        List<List<GoldDocument>> folds = new ArrayList<>();
        for (int fold = 0; fold < k; fold++) {
            folds.add(new ArrayList<>());
        }
        List<GoldDocument> sorted = documents.stream().sorted(Comparator.comparing(GoldDocument::name)).toList();
        for (int i = 0; i < sorted.size(); i++) {
            folds.get(i % k).add(sorted.get(i));
        }
        return folds;
    }
}
