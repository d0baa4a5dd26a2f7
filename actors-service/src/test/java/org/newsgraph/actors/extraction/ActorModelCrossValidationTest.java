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
                .mapToObj(i -> new GoldDocument("doc-" + (char) ('a' + i), "text " + i, JsonNodeFactory.instance.objectNode())).toList();
        List<GoldDocument> reversed = new ArrayList<>(documents);
        Collections.reverse(reversed);

        List<GoldDocument> heldOut = new ArrayList<>();
        for (int fold = 0; fold < 5; fold++) {
            List<GoldDocument> held = ActorModelCrossValidation.heldOut(documents, 5, fold);
            assertThat(held).hasSizeBetween(4, 5).isEqualTo(ActorModelCrossValidation.heldOut(reversed, 5, fold));
            heldOut.addAll(held);
        }
        assertThat(heldOut).containsExactlyInAnyOrderElementsOf(documents);
    }
}
