package org.newsgraph.actors.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import opennlp.tools.postag.POSDictionary;

/**
 * English word classes from the tag dictionary of the OpenNLP English POS model. Only the
 * dictionary is read: looking words up is all the engine needs, and it keeps extraction fast.
 */
final class Lexicon {

    private static final String MODEL = "/en-pos-maxent.bin";
    private static final String DICTIONARY_ENTRY = "tags.tagdict";

    private final Set<String> common = new HashSet<>();
    private final Set<String> verbs = new HashSet<>();
    private final Set<String> nouns = new HashSet<>();

    private Lexicon() {
    }

    static Lexicon load() {
        try (InputStream model = Lexicon.class.getResourceAsStream(MODEL)) {
            if (model == null) {
                throw new IllegalStateException("OpenNLP POS model " + MODEL + " is not on the class path");
            }
            ZipInputStream zip = new ZipInputStream(model);
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals(DICTIONARY_ENTRY)) {
                    return from(POSDictionary.create(zip));
                }
            }
            throw new IllegalStateException(MODEL + " has no " + DICTIONARY_ENTRY);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Lexicon from(POSDictionary dictionary) {
        Lexicon lexicon = new Lexicon();
        for (String word : dictionary) {
            if (word.isEmpty() || !Character.isLowerCase(word.charAt(0))) {
                continue;
            }
            String lower = word.toLowerCase(Locale.ROOT);
            for (String tag : dictionary.getTags(word)) {
                if (!tag.startsWith("NNP")) {
                    lexicon.common.add(lower);
                }
                if (tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP") || tag.equals("MD")) {
                    lexicon.verbs.add(lower);
                }
                if (tag.equals("NN") || tag.equals("NNS")) {
                    lexicon.nouns.add(lower);
                }
            }
        }
        return lexicon;
    }

    /** A lower-case English word (not only a proper noun): "citing", "senior", "when". */
    boolean isCommon(String lower) {
        return common.contains(lower);
    }

    /** Can be a finite verb: "met", "says", "will". */
    boolean canBeFiniteVerb(String lower) {
        return verbs.contains(lower);
    }

    boolean canBeNoun(String lower) {
        return nouns.contains(lower);
    }
}
