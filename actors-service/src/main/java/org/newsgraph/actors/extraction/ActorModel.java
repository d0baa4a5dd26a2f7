package org.newsgraph.actors.extraction;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.MaxentModel;

/**
 * The learned decision: a maximum-entropy model over {@link ActorFeatures}, with one outcome per type and
 * {@link #NOT_AN_ACTOR}, whose weights are the average of a bag of models. {@code actor-model.bin.gz} is made by
 * {@link ActorModelTraining}.
 */
final class ActorModel implements ActorDecision {

    static final String NOT_AN_ACTOR = "NONE";
    static final String RESOURCE = "actor-model.bin.gz";

    private final MaxentModel model;
    private final int notAnActor;
    private final int[] types = new int[ActorType.values().length];

    ActorModel(MaxentModel model) {
        this.model = model;
        this.notAnActor = model.getIndex(NOT_AN_ACTOR);
        for (ActorType type : ActorType.values()) {
            types[type.ordinal()] = model.getIndex(type.name());
        }
    }

    /** Every outcome the model tells apart: the types, then {@link #NOT_AN_ACTOR}. */
    static List<String> outcomes() {
        List<String> outcomes = new ArrayList<>();
        for (ActorType type : ActorType.values()) {
            outcomes.add(type.name());
        }
        outcomes.add(NOT_AN_ACTOR);
        return outcomes;
    }

    static ActorModel load() {
        try (InputStream packed = ActorModel.class.getResourceAsStream(RESOURCE)) {
            if (packed == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path");
            }
            return read(packed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a model as {@link ActorModelTraining#write} wrote it. */
    static ActorModel read(InputStream packed) throws IOException {
        DataInputStream in = new DataInputStream(new GZIPInputStream(packed));
        return new ActorModel(new GenericModelReader(new BinaryFileDataReader(in)).getModel());
    }

    @Override
    public Verdict decide(String name, String[] features) {
        double[] p = model.eval(features);
        ActorType best = ActorType.PERSON;
        for (ActorType type : ActorType.values()) {
            if (p[types[type.ordinal()]] > p[types[best.ordinal()]]) {
                best = type;
            }
        }
        return new Verdict(best, p[types[best.ordinal()]] >= p[notAnActor]);
    }
}
