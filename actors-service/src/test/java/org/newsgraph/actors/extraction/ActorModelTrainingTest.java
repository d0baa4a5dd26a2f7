package org.newsgraph.actors.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.actors.scoring.GoldDocument;

class ActorModelTrainingTest {

    private static byte[] trainedBytes(List<GoldDocument> documents) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ActorModelTraining.write(ActorModelTraining.train(documents), bytes);
        return bytes.toByteArray();
    }

    @Test
    void theSameGoldGivesTheSameModelByteForByte() throws IOException {
        List<GoldDocument> gold = GoldDocument.in(GoldArticles.directory());

        assertThat(trainedBytes(gold)).isEqualTo(trainedBytes(gold));
    }

    @Test
    void aModelLearnedFromGoldFindsItsActorsAndRejectsCommonWords() throws IOException {
        ActorModel model = ActorModel.read(new ByteArrayInputStream(
                trainedBytes(GoldDocument.in(GoldArticles.directory()))));
        ActorExtractor extractor = new ActorExtractor(KnownActors.none(), ActorExtractor.DEFAULT_BUDGET, model);

        ExtractionResult result = extractor.extract(
                "Floods hit the valley on Monday. Jane Doe, a spokeswoman for the Interior Ministry, said roads were shut.");

        assertThat(result.actors()).extracting(Actor::name, Actor::type).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("Jane Doe", ActorType.PERSON),
                org.assertj.core.groups.Tuple.tuple("Interior Ministry", ActorType.ORGANIZATION));
    }
}
