package org.newsgraph.actors.annotation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.newsgraph.actors.extraction.Sentence;

class CoMentionsTest {

    private static final String BODY = "Trump met Vance. Rubio joined later. Wiles stayed. Carney left. Kushner flew.";
    private static final List<Sentence> SENTENCES = List.of(new Sentence(0, 16), new Sentence(17, 36), new Sentence(37, 50),
            new Sentence(51, 63), new Sentence(64, 77));

    @Test
    void actorsInOneSentenceWeighOneWithThatSentenceAsEvidence() {
        Map<String, List<Integer>> mentions = new LinkedHashMap<>();
        mentions.put("Trump", List.of(0));
        mentions.put("Vance", List.of(0));
        assertThat(CoMentions.of(mentions, SENTENCES, BODY)).extracting(CoMentionsTest::described)
                .containsExactly("Trump-Vance 1.0: Trump met Vance.");
    }

    @Test
    void theClosestMentionsCountAndWeightFallsWithDistance() {
        Map<String, List<Integer>> mentions = new LinkedHashMap<>();
        mentions.put("Trump", List.of(0, 4));
        mentions.put("Rubio", List.of(1));
        mentions.put("Kushner", List.of(4));
        assertThat(CoMentions.of(mentions, SENTENCES, BODY)).extracting(CoMentionsTest::described)
                .contains("Trump-Rubio 0.5: Trump met Vance. Rubio joined later.", "Trump-Kushner 1.0: Kushner flew.");
    }

    @Test
    void actorsMoreThanTwoSentencesApartAreNotRelated() {
        Map<String, List<Integer>> mentions = new LinkedHashMap<>();
        mentions.put("Trump", List.of(0));
        mentions.put("Carney", List.of(3));
        mentions.put("Wiles", List.of(2));
        var pairs = CoMentions.of(mentions, SENTENCES, BODY);
        assertThat(pairs).extracting(pair -> pair.actor() + "-" + pair.other()).containsExactly("Trump-Wiles", "Carney-Wiles");
        assertThat(pairs.get(0).weight()).isEqualTo(1.0 / 3);
    }

    private static String described(CoMentions.Pair<String> pair) {
        return pair.actor() + "-" + pair.other() + " " + pair.weight() + ": " + BODY.substring(pair.evidenceStart(), pair.evidenceEnd());
    }
}
