package org.newsgraph.actors.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import opennlp.tools.ml.maxent.quasinewton.QNModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
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

    @Test
    void theAveragedModelWeighsEachFeatureByTheMeanOfTheModelsWeightsMatchedByOutcome() {
        String[] outcomes = ActorModel.outcomes().toArray(String[]::new);
        String[] reversed = outcomes.clone();
        Collections.reverse(Arrays.asList(reversed));
        int[] all = {0, 1, 2, 3};
        AbstractModel first = new QNModel(new Context[] {new Context(all, new double[] {4, 0, 0, 0})},
                new String[] {"x"}, outcomes);
        // the same outcomes listed the other way round: its last weight is the first outcome's
        AbstractModel second = new QNModel(new Context[] {new Context(all, new double[] {0, 0, 0, 2}),
                new Context(all, new double[] {6, 0, 0, 0})}, new String[] {"x", "y"}, reversed);

        AbstractModel mean = ActorModelTraining.average(List.of(first, second));

        // x weighs 3 for the first outcome, y 3 for the last: alone each makes its outcome e^3 times likelier
        double[] x = mean.eval(new String[] {"x"});
        double[] y = mean.eval(new String[] {"y"});
        assertThat(x[mean.getIndex(outcomes[0])] / x[mean.getIndex(outcomes[1])]).isCloseTo(Math.exp(3), within(1e-9));
        assertThat(y[mean.getIndex(outcomes[3])] / y[mean.getIndex(outcomes[1])]).isCloseTo(Math.exp(3), within(1e-9));
    }

    @Test
    void aCollectionsOwnWeightsTeachOnlyThroughTheSharedOnesAndAreLeftOutOfTheModel() {
        String[] features = ActorModelTraining.withCollection(new String[] {"x", "y"}, "news");
        String[] outcomes = ActorModel.outcomes().toArray(String[]::new);
        int[] all = {0, 1, 2, 3};
        Context[] weights = Arrays.stream(features).map(f -> new Context(all, new double[] {1, 0, 0, 0}))
                .toArray(Context[]::new);

        AbstractModel mean = ActorModelTraining.average(List.of(new QNModel(weights, features, outcomes)));

        assertThat(features).hasSize(4).contains("x", "y").doesNotHaveDuplicates();
        @SuppressWarnings("unchecked")
        java.util.Map<String, Context> kept = (java.util.Map<String, Context>) mean.getDataStructures()[1];
        assertThat(kept).containsOnlyKeys("x", "y");
    }
}
