package org.newsgraph.actors.annotation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.newsgraph.actors.extraction.Sentence;

/**
 * Which actors of an article stand close together, and how close: weight 1 in one sentence, 1/2 a sentence
 * apart, 1/3 two apart; further apart they are not related by this article. The evidence is the passage
 * where the two stand closest, as its place in the body.
 */
public final class CoMentions {

    /** Sentences apart beyond which two mentions say nothing about each other. */
    static final int WINDOW = 2;

    private CoMentions() {
    }

    /** @param evidenceStart where the evidence begins in the body, and {@code evidenceEnd} where it ends */
    public record Pair<K>(K actor, K other, double weight, int evidenceStart, int evidenceEnd) {
    }

    /**
     * @param sentencesByActor for each actor, the sentence index of each of its mentions
     * @return each related pair once, in the order the actors were given
     */
    public static <K> List<Pair<K>> of(Map<K, List<Integer>> sentencesByActor, List<Sentence> sentences, String body) {
        List<K> actors = new ArrayList<>(sentencesByActor.keySet());
        List<Pair<K>> pairs = new ArrayList<>();
        for (int i = 0; i < actors.size(); i++) {
            for (int j = i + 1; j < actors.size(); j++) {
                int[] closest = closest(sentencesByActor.get(actors.get(i)), sentencesByActor.get(actors.get(j)));
                if (closest == null) {
                    continue;
                }
                int distance = Math.abs(closest[0] - closest[1]);
                if (distance > WINDOW) {
                    continue;
                }
                int[] passage = passage(sentences, body, Math.min(closest[0], closest[1]), Math.max(closest[0], closest[1]));
                pairs.add(new Pair<>(actors.get(i), actors.get(j), 1.0 / (1 + distance), passage[0], passage[1]));
            }
        }
        return pairs;
    }

    /** The sentences of the two actors' nearest mentions, or null when one has none. */
    private static int[] closest(List<Integer> a, List<Integer> b) {
        int[] best = null;
        for (int x : a) {
            for (int y : b) {
                if (best == null || Math.abs(x - y) < Math.abs(best[0] - best[1])) {
                    best = new int[] {x, y};
                }
            }
        }
        return best;
    }

    /** Where the sentences from first to last begin and end in the body. */
    private static int[] passage(List<Sentence> sentences, String body, int first, int last) {
        if (sentences.isEmpty()) {
            return new int[] {0, body.length()};
        }
        int from = sentences.get(Math.max(0, Math.min(first, sentences.size() - 1))).start();
        int to = sentences.get(Math.max(0, Math.min(last, sentences.size() - 1))).end();
        return new int[] {from, Math.max(from, to)};
    }
}
