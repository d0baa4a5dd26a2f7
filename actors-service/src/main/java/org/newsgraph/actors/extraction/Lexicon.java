package org.newsgraph.actors.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import opennlp.tools.postag.POSDictionary;

/**
 * English words: which are common words and which only proper nouns, from Debian's American and British word
 * lists ({@code english-words.txt.gz}, made by {@code actors-service/lexicon/make-english-words.sh}), and which can
 * be verbs or nouns, from the tag dictionary of the OpenNLP English POS model. Only the dictionary is read: looking
 * words up is all the engine needs, and it keeps extraction fast.
 */
final class Lexicon {

    private static final String MODEL = "/en-pos-maxent.bin";
    private static final String DICTIONARY_ENTRY = "tags.tagdict";
    private static final String WORDS = "english-words.txt.gz";
    private static final String EVERYDAY_WORDS = "everyday-words.txt.gz";
    /**
     * British spellings and the American ones the tag dictionary knows them by: "criticised", "analysed",
     * "cancelled", "honoured", "centre", "defence".
     */
    private static final List<Spelling> BRITISH = List.of(
            new Spelling(Pattern.compile("(?<=[a-z]{2})is(e|ed|es|ing|ation|ations)$"), "iz$1"),
            new Spelling(Pattern.compile("ys(e|ed|es|ing)$"), "yz$1"),
            new Spelling(Pattern.compile("(?<=[aeiou])ll(ed|ing|er|ers)$"), "l$1"),
            new Spelling(Pattern.compile("(?<=[a-z])our(s|ed|ing|ite|ites|able)?$"), "or$1"),
            new Spelling(Pattern.compile("(?<=[a-z]{2})tre(s)?$"), "ter$1"),
            new Spelling(Pattern.compile("^(def|off|pret)ence(s)?$"), "$1ense$2"),
            new Spelling(Pattern.compile("^licence(s|d)?$"), "license$1"));

    private record Spelling(Pattern british, String american) {
    }

    /** A lower-case English word (not only a proper noun): keyed by the word in lower case, as are all but one. */
    private static final int COMMON = 1;
    /** The common words of the smaller lists: "bank", "trump"; not "sanders". */
    private static final int EVERYDAY = 1 << 1;
    /** Written with a capital in the word lists, and keyed so: "Buddhism", "Oaxaca", "NATO". */
    private static final int PROPER = 1 << 2;
    private static final int VERB = 1 << 3;
    private static final int NOUN = 1 << 4;
    /** A word the tag dictionary gives some other tag than a noun's. */
    private static final int OTHER_THAN_NOUN = 1 << 5;
    private static final int TAGS = VERB | NOUN | OTHER_THAN_NOUN;

    private final WordFlags words = new WordFlags();

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
                    Lexicon lexicon = from(POSDictionary.create(zip));
                    lexicon.readWordLists();
                    return lexicon;
                }
            }
            throw new IllegalStateException(MODEL + " has no " + DICTIONARY_ENTRY);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void readWordLists() throws IOException {
        for (String word : wordList(WORDS)) {
            if (Character.isLowerCase(word.charAt(0))) {
                words.add(word, COMMON);
                tagLikeAmerican(word);
            } else {
                words.add(word, PROPER);
            }
        }
        for (String word : wordList(EVERYDAY_WORDS)) {
            words.add(word, EVERYDAY);
        }
    }

    private static List<String> wordList(String resource) throws IOException {
        InputStream packed = Lexicon.class.getResourceAsStream(resource);
        if (packed == null) {
            throw new IllegalStateException(resource + " is not on the class path");
        }
        try (BufferedReader words = new BufferedReader(new InputStreamReader(new GZIPInputStream(packed),
                StandardCharsets.UTF_8))) {
            return words.lines().toList();
        }
    }

    /**
     * Gives a British spelling the tags the dictionary gives its American one ("criticised" those of "criticized"),
     * once as the lists are read, so that looking a word up stays one set's lookup.
     */
    private void tagLikeAmerican(String word) {
        String american = american(word);
        if (!american.equals(word)) {
            words.add(word, words.flags(american) & TAGS);
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
                    lexicon.words.add(lower, COMMON);
                }
                if (tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP") || tag.equals("MD")) {
                    lexicon.words.add(lower, VERB);
                }
                if (tag.equals("NN") || tag.equals("NNS")) {
                    lexicon.words.add(lower, NOUN);
                } else if (!tag.startsWith("NNP")) {
                    lexicon.words.add(lower, OTHER_THAN_NOUN);
                }
            }
        }
        return lexicon;
    }

    /** A lower-case English word (not only a proper noun): "citing", "senior", "floods", "colour". */
    boolean isCommon(String lower) {
        return words.has(lower, COMMON);
    }

    /** A common word of everyday English, not only of the larger lists: "bank", not "sanders". */
    boolean isEveryday(String lower) {
        return words.has(lower, EVERYDAY);
    }

    /** A word the lists write with a capital: "Buddhism", "London", and "Justice", also common; not "Floods". */
    boolean isProper(String word) {
        return words.has(word, PROPER);
    }

    /** A word the lists know only with a capital: "Goldman", "London"; not "Justice", also a common word. */
    boolean onlyProper(Token t) {
        return words.has(t.text, PROPER) && !words.has(t.lower(), COMMON);
    }

    /** Can be a finite verb: "met", "says", "will", "criticised". */
    boolean canBeFiniteVerb(String lower) {
        return words.has(lower, VERB);
    }

    boolean canBeNoun(String lower) {
        return words.has(lower, NOUN);
    }

    /** A common word that is no preposition, verb or adverb as far as the tag dictionary knows: "lee", "rice". */
    boolean onlyNoun(String lower) {
        return (words.flags(lower) & (COMMON | OTHER_THAN_NOUN)) == COMMON;
    }

    /**
     * The word as American spelling writes what British spelling ends so ("criticised" as "criticized"); a word with no
     * such ending is itself.
     */
    static String american(String lower) {
        for (Spelling spelling : BRITISH) {
            Matcher m = spelling.british().matcher(lower);
            if (m.find()) {
                return m.replaceFirst(spelling.american());
            }
        }
        return lower;
    }
}
