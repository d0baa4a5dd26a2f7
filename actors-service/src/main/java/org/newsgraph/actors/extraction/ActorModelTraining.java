package org.newsgraph.actors.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.DataOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.quasinewton.QNModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.newsgraph.actors.scoring.GoldDocument;
import org.newsgraph.actors.scoring.GoldScorer;

/**
 * Learns {@link ActorModel} from folders of gold documents, as a bag of models each learned without one fold of the
 * documents. Each group of names the engine forms in a text is one example, labelled with the type of the gold actor
 * its name is (by the scorer's rules) or as no actor; a name that is only an optional gold actor teaches nothing. A
 * name the curated lists decide still teaches what the words around it say of its type. The engine groups names using
 * types, so each model reads its texts twice: first grouping by the gold types, then by the model learned from that,
 * whose examples teach the model kept.
 * Deterministic: the same folders give the same bytes.
 *
 * <pre>./newsgraph train DIR</pre>
 *
 * DIR holds gold documents as {@code NAME.txt} beside {@code NAME.json}; the shipped model was learned from the
 * training part of an actor corpus derived from GUM (Wikipedia, Wikivoyage, academic and court texts), which is other
 * people's writing and so is not kept here, together with the gold articles and the training news of the test
 * resources.
 */
public final class ActorModelTraining {

    /** How many models the decision averages, each learned without one fold of the documents. */
    static final int BAGS = 5;
    private static final int ITERATIONS = 200;
    /**
     * Weights kept small, so that no single word of the training texts decides alone; chosen by cross-validation over
     * the training folders (1.0 scored 0.004 above 3.0 and 0.001 above 0.3).
     */
    private static final double L2_COST = 1.0;
    /** Opens the copy of a feature that one collection's texts teach; no feature of the engine starts with it. */
    private static final String COLLECTION_MARK = "@";
    /** What a collection argument of {@link #collections} is, for the commands' usage lines. */
    static final String COLLECTION_USAGE = "COLLECTION: DIR[" + File.pathSeparator
            + "DIR...], folders of NAME.txt with gold NAME.json annotated alike";

    private ActorModelTraining() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: ActorModelTraining OUT.bin.gz COLLECTION...   (" + COLLECTION_USAGE + ")");
            System.exit(2);
        }
        List<GoldDocument> documents = collections(Arrays.asList(args).subList(1, args.length));
        try (OutputStream file = Files.newOutputStream(Path.of(args[0]))) {
            write(train(documents), file);
        }
        System.out.printf("%s: learned from %d documents%n", args[0], documents.size());
    }

    /**
     * The documents of collections, each given as its folders joined by the path separator
     * ({@code corpus/train}, {@code articles:news}): folders whose gold follows the same conventions.
     */
    static List<GoldDocument> collections(List<String> arguments) {
        List<GoldDocument> documents = new ArrayList<>();
        for (String collection : arguments) {
            for (String folder : collection.split(File.pathSeparator)) {
                documents.addAll(GoldDocument.in(collection, Path.of(folder)));
            }
        }
        return documents;
    }

    /** Writes the model as {@link ActorModel#load} reads it. */
    static void write(AbstractModel model, OutputStream to) throws IOException {
        // persist() closes the stream, which writes the end of the gzip data
        new GenericModelWriter(model, new DataOutputStream(new GZIPOutputStream(to))).persist();
    }

    /**
     * The average of {@link #BAGS} models, each learned from the documents but one fold of them (bagging): one
     * model's verdicts swing with small changes to what it learned from, the average of their weights far less, and
     * it is read as fast as one.
     */
    static AbstractModel train(List<GoldDocument> documents) throws IOException {
        List<List<GoldDocument>> folds = ActorModelCrossValidation.folds(documents, BAGS);
        List<AbstractModel> models = new ArrayList<>(BAGS);
        for (int left = 0; left < BAGS; left++) {
            models.add(trainOne(ActorModelCrossValidation.allBut(folds, left)));
        }
        return average(models);
    }

    /**
     * One model whose every shared weight is the mean of the models' (0 where a model lacks the feature); the weights
     * of one collection's own are left out ({@link #withCollection}).
     */
    static AbstractModel average(List<AbstractModel> models) {
        List<String> outcomes = ActorModel.outcomes();
        SortedMap<String, double[]> weights = new TreeMap<>();
        for (AbstractModel model : models) {
            @SuppressWarnings("unchecked")
            Map<String, Context> byFeature = (Map<String, Context>) model.getDataStructures()[1];
            for (Map.Entry<String, Context> feature : byFeature.entrySet()) {
                if (feature.getKey().startsWith(COLLECTION_MARK)) {
                    continue;
                }
                double[] sum = weights.computeIfAbsent(feature.getKey(), k -> new double[outcomes.size()]);
                Context context = feature.getValue();
                for (int k = 0; k < context.getOutcomes().length; k++) {
                    String outcome = model.getOutcome(context.getOutcomes()[k]);
                    sum[outcomes.indexOf(outcome)] += context.getParameters()[k] / models.size();
                }
            }
        }
        int[] all = new int[outcomes.size()];
        Arrays.setAll(all, k -> k);
        Context[] contexts = weights.values().stream().map(w -> new Context(all.clone(), w)).toArray(Context[]::new);
        return new QNModel(contexts, weights.keySet().toArray(String[]::new), outcomes.toArray(String[]::new));
    }

    private static AbstractModel trainOne(List<GoldDocument> documents) throws IOException {
        GoldTypes gold = new GoldTypes();
        AbstractModel byGoldGroups = fit(examples(documents, new ActorExtractor(KnownActors.none(),
                ActorExtractor.DEFAULT_BUDGET, gold), gold));
        return fit(examples(documents, new ActorExtractor(KnownActors.none(), ActorExtractor.DEFAULT_BUDGET,
                new ActorModel(byGoldGroups)), gold));
    }

    static List<Event> examples(List<GoldDocument> documents, ActorExtractor extractor, GoldTypes gold) {
        List<Event> events = new ArrayList<>();
        for (GoldDocument document : documents) {
            gold.read(document.gold());
            for (ActorResolver.Group g : extractor.read(document.text(), Deadline.NONE).groups()) {
                String outcome = gold.outcome(g.name);
                if (outcome != null) {
                    events.add(new Event(outcome, withCollection(g.features, document.collection())));
                }
            }
        }
        return events;
    }

    /**
     * Each feature twice: as every text has it, and as the texts of one collection have it. Collections follow
     * conventions of their own (one counts a demonym as its country's alias, another no actor at all), and a weight
     * of a collection's own absorbs what only its conventions teach, leaving the shared weight what the collections
     * agree on (feature augmentation, Daumé 2007). The engine reads texts of no collection, so the model keeps only
     * the shared weights.
     */
    static String[] withCollection(String[] features, String collection) {
        String[] both = Arrays.copyOf(features, 2 * features.length);
        for (int k = 0; k < features.length; k++) {
            both[features.length + k] = COLLECTION_MARK + collection + COLLECTION_MARK + features[k];
        }
        return both;
    }

    private static AbstractModel fit(List<Event> events) throws IOException {
        TrainingParameters parameters = TrainingParameters.defaultParams();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT_QN");
        parameters.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
        parameters.put(TrainingParameters.CUTOFF_PARAM, 1);
        parameters.put("L2Cost", L2_COST);
        parameters.put("L1Cost", 0.0);
        parameters.put(TrainingParameters.THREADS_PARAM, 1);
        parameters.put("PrintMessages", false);
        MaxentModel model = TrainerFactory.getEventTrainer(parameters, null)
                .train(ObjectStreamUtils.createObjectStream(events));
        return (AbstractModel) model;
    }

    /** The gold actors of the document being read, by every name the scorer accepts for them. */
    static final class GoldTypes implements ActorDecision {

        private final Map<String, List<JsonNode>> byName = new HashMap<>();

        void read(JsonNode gold) {
            byName.clear();
            for (JsonNode actor : gold.path("actors")) {
                byName.computeIfAbsent(GoldScorer.norm(actor.path("name").asText()), k -> new ArrayList<>()).add(actor);
                actor.path("aliases").forEach(alias -> byName
                        .computeIfAbsent(GoldScorer.norm(alias.asText()), k -> new ArrayList<>()).add(actor));
            }
        }

        /** The gold type of a name, {@link ActorModel#NOT_AN_ACTOR}, or {@code null} for an optional actor. */
        String outcome(String name) {
            List<JsonNode> actors = byName.getOrDefault(GoldScorer.norm(name), List.of());
            for (JsonNode actor : actors) {
                if (!actor.path("optional").asBoolean(false)) {
                    return actor.path("type").asText();
                }
            }
            return actors.isEmpty() ? ActorModel.NOT_AN_ACTOR : null;
        }

        @Override
        public Verdict decide(String name, String[] features) {
            String outcome = outcome(name);
            boolean actor = outcome != null && !outcome.equals(ActorModel.NOT_AN_ACTOR);
            return new Verdict(actor ? ActorType.valueOf(outcome) : ActorType.ORGANIZATION, actor);
        }
    }
}
