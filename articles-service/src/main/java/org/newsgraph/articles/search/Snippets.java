package org.newsgraph.articles.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The snippet of a search hit: up to two passages of the article that hold the most of the search's words, each of
 * thirty words at most, in the article's order, the words found in {@code <mark>}. Without a word found, the article's
 * opening. The snippet is HTML: the article's own text is escaped, so a page can show it as it is.
 */
final class Snippets {

    static final int PASSAGES = 2;
    static final int PASSAGE_WORDS = 30;
    private static final String GAP = "…";

    private Snippets() {
    }

    /** A word of the article: where it stands, and the search's lexeme it stands for, if any. */
    private record Word(int start, int end, String lexeme) {
    }

    /** Words {@code from} (inclusive) to {@code to} (exclusive). */
    private record Passage(int from, int to) {

        boolean overlaps(Passage other) {
            return from < other.to && other.from < to;
        }
    }

    static String of(String text, SearchTerms terms) {
        List<Word> words = words(text, terms);
        List<Passage> passages = new ArrayList<>();
        if (!terms.isEmpty()) {
            for (int i = 0; i < PASSAGES; i++) {
                Passage best = bestPassage(words, passages);
                if (best == null) {
                    break;
                }
                passages.add(best);
            }
        }
        if (words.isEmpty()) {
            return "";
        }
        if (passages.isEmpty()) {
            passages.add(new Passage(0, Math.min(words.size(), PASSAGE_WORDS)));
        }
        passages.sort(Comparator.comparingInt(Passage::from));
        return write(text, words, passages);
    }

    private static List<Word> words(String text, SearchTerms terms) {
        List<Word> words = new ArrayList<>();
        int length = text.length();
        int i = 0;
        while (i < length) {
            while (i < length && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < length && Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                words.add(new Word(start, i, terms.lexemeOf(text, start, i)));
            }
        }
        return words;
    }

    /**
     * The passage with the most distinct words of the search, then the most of them, that overlaps none taken: each
     * found word starts a candidate, which is then centred on what it holds.
     */
    private static Passage bestPassage(List<Word> words, List<Passage> taken) {
        Passage best = null;
        int bestDistinct = 0;
        int bestFound = 0;
        for (int first = 0; first < words.size(); first++) {
            if (words.get(first).lexeme() == null || insideAny(first, taken)) {
                continue;
            }
            Set<String> distinct = new HashSet<>();
            int found = 0;
            int last = first;
            for (int i = first; i < Math.min(words.size(), first + PASSAGE_WORDS) && !insideAny(i, taken); i++) {
                if (words.get(i).lexeme() != null) {
                    distinct.add(words.get(i).lexeme());
                    found++;
                    last = i;
                }
            }
            if (distinct.size() > bestDistinct || (distinct.size() == bestDistinct && found > bestFound)) {
                best = centred(first, last, words.size(), taken);
                bestDistinct = distinct.size();
                bestFound = found;
            }
        }
        return best;
    }

    /** A passage around words {@code first} to {@code last}, as long as it may be without running into one taken. */
    private static Passage centred(int first, int last, int wordCount, List<Passage> taken) {
        int lowest = 0;
        int highest = wordCount;
        for (Passage passage : taken) {
            if (passage.to() <= first) {
                lowest = Math.max(lowest, passage.to());
            } else {
                highest = Math.min(highest, passage.from());
            }
        }
        int lead = (PASSAGE_WORDS - (last - first + 1)) / 2;
        int from = Math.max(lowest, first - lead);
        int to = Math.min(highest, from + PASSAGE_WORDS);
        from = Math.max(lowest, Math.min(from, to - PASSAGE_WORDS));
        return new Passage(from, to);
    }

    private static boolean insideAny(int word, List<Passage> taken) {
        for (Passage passage : taken) {
            if (word >= passage.from() && word < passage.to()) {
                return true;
            }
        }
        return false;
    }

    private static String write(String text, List<Word> words, List<Passage> passages) {
        StringBuilder snippet = new StringBuilder();
        int wordsWritten = 0;
        int at = 0;
        for (Passage passage : passages) {
            if (passage.from() > wordsWritten || snippet.isEmpty()) {
                if (passage.from() > 0) {
                    snippet.append(snippet.isEmpty() ? "" : " ").append(GAP).append(' ');
                }
                at = words.get(passage.from()).start();
            }
            for (int i = passage.from(); i < passage.to(); i++) {
                Word word = words.get(i);
                escape(text, at, word.start(), snippet);
                snippet.append(word.lexeme() != null ? "<mark>" : "");
                escape(text, word.start(), word.end(), snippet);
                snippet.append(word.lexeme() != null ? "</mark>" : "");
                at = word.end();
            }
            wordsWritten = passage.to();
        }
        if (wordsWritten < words.size()) {
            snippet.append(' ').append(GAP);
        } else {
            escape(text, at, text.length(), snippet);
        }
        return snippet.toString().strip();
    }

    private static void escape(String text, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    // Line breaks and runs of spaces read as one space in a passage.
                    if (!Character.isWhitespace(c)) {
                        out.append(c);
                    } else if (!out.isEmpty() && out.charAt(out.length() - 1) != ' ') {
                        out.append(' ');
                    }
                }
            }
        }
    }
}
