package org.newsgraph.articles.search;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import opennlp.tools.stemmer.snowball.SnowballStemmer;

/**
 * The words a text search looks for, as PostgreSQL's English configuration reduced them: a word of an article is one
 * of them when it reduces to the same lexeme. Both take the accents off a word first, as PostgreSQL's {@code unaccent}
 * does, then use the Snowball English stemmer, in releases that differ on a few words; words with digits are kept whole,
 * as PostgreSQL keeps them. Terms with words are not for sharing between
 * threads: they hold their stemmer.
 */
final class SearchTerms {

    private static final Pattern QUOTED_LEXEME = Pattern.compile("'((?:[^']|'')*)'");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** Letters that unaccent writes otherwise and that no Unicode decomposition splits. */
    private static final Map<Character, String> UNDECOMPOSED = Map.of('ß', "ss", 'ø', "o", 'æ', "ae", 'œ', "oe", 'ł', "l", 'đ', "d",
            'þ', "th", 'ð', "d", 'ı', "i");
    /** No words at all: it never stems, so it holds no stemmer and any thread may use it. */
    private static final SearchTerms NONE = new SearchTerms(Set.of());

    private final Set<String> lexemes;
    private final Set<Character> initials;
    private final SnowballStemmer stemmer;

    private SearchTerms(Set<String> lexemes) {
        this.lexemes = lexemes;
        this.initials = lexemes.stream().map(lexeme -> lexeme.charAt(0)).collect(Collectors.toSet());
        this.stemmer = lexemes.isEmpty() ? null : new SnowballStemmer(SnowballStemmer.ALGORITHM.ENGLISH);
    }

    /** The lexemes of a query as PostgreSQL prints a {@code tsquery}, such as {@code 'ceasefir' & !'gaza'}. */
    static SearchTerms ofTsquery(String tsquery) {
        Set<String> lexemes = new HashSet<>();
        Matcher lexeme = QUOTED_LEXEME.matcher(tsquery == null ? "" : tsquery);
        while (lexeme.find()) {
            String text = lexeme.group(1).replace("''", "'");
            if (!text.isEmpty()) {
                lexemes.add(text);
            }
        }
        return lexemes.isEmpty() ? NONE : new SearchTerms(lexemes);
    }

    static SearchTerms none() {
        return NONE;
    }

    /** A word without its accents, as PostgreSQL's unaccent writes it: "núñez" as "nunez", "straße" as "strasse". */
    static String unaccented(String word) {
        boolean plain = true;
        for (int i = 0; i < word.length() && plain; i++) {
            plain = word.charAt(i) < 128;
        }
        if (plain) {
            return word;
        }
        String decomposed = MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll("");
        StringBuilder unaccented = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            String written = UNDECOMPOSED.get(c);
            if (written == null) {
                unaccented.append(c);
            } else {
                unaccented.append(written);
            }
        }
        return unaccented.toString();
    }

    boolean isEmpty() {
        return lexemes.isEmpty();
    }

    /** The lexeme that the word {@code text[from, to)} stands for in this search, or null when it is none of its words. */
    String lexemeOf(String text, int from, int to) {
        if (lexemes.isEmpty()) {
            return null;
        }
        char first = Character.toLowerCase(text.charAt(from));
        boolean plain = first < 128;
        // Stemming keeps a word's first letter: only words that start like a lexeme are stemmed.
        if (plain && !initials.contains(first)) {
            return null;
        }
        String word = unaccented(text.substring(from, to).toLowerCase(Locale.ROOT));
        if (!plain && (word.isEmpty() || !initials.contains(word.charAt(0)))) {
            return null;
        }
        boolean hasDigit = false;
        for (int i = 0; i < word.length() && !hasDigit; i++) {
            hasDigit = Character.isDigit(word.charAt(i));
        }
        String lexeme = hasDigit ? word : stemmer.stem(word).toString();
        return lexemes.contains(lexeme) ? lexeme : null;
    }
}
