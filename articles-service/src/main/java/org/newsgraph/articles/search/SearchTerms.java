package org.newsgraph.articles.search;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import opennlp.tools.stemmer.snowball.SnowballStemmer;

/**
 * The words a text search looks for, as PostgreSQL's English configuration reduced them: a word of an article is one
 * of them when it reduces to the same lexeme. Both use the Snowball English stemmer, in releases that differ on a few
 * words; words with digits are kept whole, as PostgreSQL keeps them. Terms with words are not for sharing between
 * threads: they hold their stemmer.
 */
final class SearchTerms {

    private static final Pattern QUOTED_LEXEME = Pattern.compile("'((?:[^']|'')*)'");
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

    boolean isEmpty() {
        return lexemes.isEmpty();
    }

    /** The lexeme that the word {@code text[from, to)} stands for in this search, or null when it is none of its words. */
    String lexemeOf(String text, int from, int to) {
        // Stemming keeps a word's first letter: only words that start like a lexeme are stemmed.
        if (lexemes.isEmpty() || !initials.contains(Character.toLowerCase(text.charAt(from)))) {
            return null;
        }
        String word = text.substring(from, to).toLowerCase(Locale.ROOT);
        boolean hasDigit = false;
        for (int i = 0; i < word.length() && !hasDigit; i++) {
            hasDigit = Character.isDigit(word.charAt(i));
        }
        String lexeme = hasDigit ? word : stemmer.stem(word).toString();
        return lexemes.contains(lexeme) ? lexeme : null;
    }
}
