package org.newsgraph.actors.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.newsgraph.actors.scoring.GoldDocument;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

class ActorModelCrossValidationTest {

    @Test
    void holdsOutEveryDocumentInExactlyOneFoldWhateverTheFoldersOrder() {
        List<GoldDocument> documents = IntStream.range(0, 23)
                .mapToObj(i -> new GoldDocument("docs", "doc-" + (char) ('a' + i), "text " + i, JsonNodeFactory.instance.objectNode())).toList();
        List<GoldDocument> reversed = new ArrayList<>(documents);
        Collections.reverse(reversed);

        List<List<GoldDocument>> folds = ActorModelCrossValidation.folds(documents, 5);
        assertThat(folds).isEqualTo(ActorModelCrossValidation.folds(reversed, 5));
        List<GoldDocument> heldOut = new ArrayList<>();
        for (List<GoldDocument> fold : folds) {
            assertThat(fold).hasSizeBetween(4, 5);
            heldOut.addAll(fold);
        }
        assertThat(heldOut).containsExactlyInAnyOrderElementsOf(documents);
    }
}
