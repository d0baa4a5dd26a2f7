package org.newsgraph.actors.extraction;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Splits text into tokens that keep their offsets, and groups them into sentences. */
final class Tokens {

    /** Lower-case prefixes joined to a capitalised name by a hyphen or apostrophe: "el-Sheikh", "al-Assad". */
    static final Set<String> NAME_PREFIXES = Set.of("al", "el", "ad", "ag", "an", "ar", "as", "ash", "at", "az",
            "bin", "ibn", "abu", "bint", "ben", "d", "l", "de", "da", "di", "du", "van", "von");

    /** US states as news style abbreviates them ("Smyrna, Tenn."), but for those that are also other words. */
    private static final Set<String> STATES = Set.of("Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Fla", "Ill", "Kan",
            "Ky", "Md", "Mich", "Minn", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Vt", "Va", "Wash", "Wis",
            "Wyo");
    /** Abbreviations that end a name: a capital after them starts a new sentence ("Acme Corp. Next year"). */
    private static final Set<String> NAME_ENDS = union(Set.of("Inc", "Corp", "Co", "Ltd"), STATES);
    /**
     * Abbreviations that keep their full stop, so that it does not end a sentence: the forms of address the gazetteer
     * lists with one ("Dr.", "Engr."), and these.
     */
    private static final Set<String> ABBREVIATIONS = union(union(Set.of("St", "Jr", "Sr", "No", "Nos", "v", "vs", "Mt",
            "Ft", "Jan", "Feb", "Mar", "Apr", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Ave", "Blvd", "Dept", "Mass"),
            NAME_ENDS), Gazetteer.abbreviatedHonorifics());

    /** Tails of compound adjectives that do not end in -ed or -ing. */
    private static final Set<String> COMPOUND_TAILS = Set.of("run", "led", "born", "made", "held", "owned", "built",
            "bound", "style", "era", "wide", "like", "friendly", "centric", "specific", "type", "class", "sized");

    /** A participle is longer than this: "-based", "-being", "speaking"; not "-ling" or "king". */
    static final int MIN_PARTICIPLE = 4;

    private Tokens() {
    }

    private static Set<String> union(Set<String> some, Set<String> others) {
        Set<String> all = new HashSet<>(some);
        all.addAll(others);
        return Set.copyOf(all);
    }

    static boolean isQuoteChar(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E' || c == '\u00AB' || c == '\u00BB';
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    static List<Token> tokenize(String text, int from, int to) {
        return tokenize(text, from, to, Deadline.NONE);
    }

    static List<Token> tokenize(String text, int from, int to, Deadline deadline) {
        List<Token> out = new ArrayList<>((to - from) / 5 + 8);
        int paragraph = 0;
        boolean newline = false;
        int i = from;
        while (i < to) {
            deadline.check();
            char c = text.charAt(i);
            if (c == '\n') {
                newline = true;
                i++;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else {
                if (newline && !out.isEmpty()) {
                    paragraph++;
                }
                newline = false;
                if (Character.isLetter(c)) {
                    i = word(text, i, to, paragraph, out);
                } else if (Character.isDigit(c)) {
                    i = number(text, i, to, paragraph, out);
                } else {
                    out.add(new Token(String.valueOf(c), i, i + 1, Token.Kind.PUNCT, paragraph));
                    i++;
                }
            }
        }
        markSingleQuotations(out);
        return out;
    }

    /**
     * Single quotation marks as British papers write them ('We will appeal,' she said), told from apostrophes, in a
     * text with no double quotation marks. An opening mark has a space or a paragraph's start before it and a word glued
     * after it. A closing mark is glued to what it follows and has a mark on one side ("appeal,'", "'." or the
     * paragraph's end); after a letter and before a word it is taken as one only when another quotation opens after it
     * ("'sickened' by the case. 'We are...'"), for otherwise it is a plural's apostrophe ("the residents' savings").
     * An opening mark with no closing one in its paragraph is a quotation only when it opens the paragraph or the next
     * paragraph opens with one, as a quotation continued over paragraphs does; elsewhere it is an apostrophe ("rock 'n'
     * roll").
     */
    private static void markSingleQuotations(List<Token> tokens) {
        if (tokens.stream().anyMatch(Token::isQuoteMark)) {
            return;
        }
        int open = -1;
        int betweenWords = -1;
        for (int k = 0; k <= tokens.size(); k++) {
            boolean paragraphEnds = k == tokens.size() || k > 0 && tokens.get(k).paragraph != tokens.get(k - 1).paragraph;
            if (paragraphEnds && open >= 0) {
                tokens.get(open).singleQuotationMark = isParagraphStart(tokens, open)
                        || k < tokens.size() && opensSingleQuotation(tokens, k);
                open = -1;
            }
            if (k == tokens.size()) {
                break;
            }
            if (opensSingleQuotation(tokens, k)) {
                if (open >= 0 && betweenWords >= 0) {
                    pair(tokens, open, betweenWords);
                    open = -1;
                }
                if (open < 0) {
                    open = k;
                    betweenWords = -1;
                }
            } else if (open >= 0 && gluedAfter(tokens, k)) {
                if (closesSingleQuotation(tokens, k)) {
                    pair(tokens, open, k);
                    open = -1;
                } else if (betweenWords < 0) {
                    betweenWords = k;
                }
            }
        }
    }

    private static void pair(List<Token> tokens, int open, int close) {
        tokens.get(open).singleQuotationMark = true;
        tokens.get(close).singleQuotationMark = true;
    }

    private static boolean opensSingleQuotation(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        if (t.kind != Token.Kind.PUNCT || !(t.is("'") || t.is("\u2018")) || k + 1 == tokens.size()) {
            return false;
        }
        Token next = tokens.get(k + 1);
        return next.start == t.end && next.kind != Token.Kind.PUNCT && next.paragraph == t.paragraph
                && (isParagraphStart(tokens, k) || tokens.get(k - 1).end < t.start);
    }

    /** A closing single mark's place: glued to the token before it, in its paragraph. */
    private static boolean gluedAfter(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        return t.kind == Token.Kind.PUNCT && (t.is("'") || t.is("\u2019")) && !isParagraphStart(tokens, k)
                && tokens.get(k - 1).end == t.start;
    }

    private static boolean closesSingleQuotation(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        boolean lastOfParagraph = k + 1 == tokens.size() || tokens.get(k + 1).paragraph != t.paragraph;
        return lastOfParagraph || tokens.get(k - 1).kind == Token.Kind.PUNCT || tokens.get(k + 1).kind == Token.Kind.PUNCT;
    }

    private static boolean isParagraphStart(List<Token> tokens, int k) {
        return k == 0 || tokens.get(k - 1).paragraph != tokens.get(k).paragraph;
    }

    private static int word(String text, int i, int to, int paragraph, List<Token> out) {
        if (opensPartyTag(text, i, to)) {
            Token party = new Token(text.substring(i, i + 1), i, i + 1, Token.Kind.WORD, paragraph);
            party.partyLetter = true;
            out.add(party);
            out.add(new Token(text.substring(i + 1, i + 2), i + 1, i + 2, Token.Kind.PUNCT, paragraph));
            return i + 2; // the state is read as any word is
        }
        int j = dottedAcronymEnd(text, i, to);
        if (j > i) {
            out.add(new Token(text.substring(i, j), i, j, Token.Kind.WORD, paragraph));
            return j;
        }
        j = i;
        boolean possessive = false;
        while (j < to) {
            char d = text.charAt(j);
            if (Character.isLetterOrDigit(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
                j++;
            } else if (isHyphen(d) && j + 1 < to && Character.isLetterOrDigit(text.charAt(j + 1))) {
                j++;
            } else if (isApostrophe(d) && j + 1 < to && Character.isLetter(text.charAt(j + 1))) {
                possessive = isPossessive(text, j, to);
                if (possessive) {
                    break;
                }
                j++;
            } else {
                break;
            }
        }
        if (j < to && text.charAt(j) == '.' && keepsFullStop(text.substring(i, j))) {
            j++;
        }
        splitCaseChanges(text, i, j, paragraph, out);
        if (possessive) {
            out.add(new Token(text.substring(j, j + 2), j, j + 2, Token.Kind.PUNCT, paragraph));
            return j + 2;
        }
        return j;
    }

    /** "Sen. Jane Doe, D-N.Y., said", "(R-Ohio)": a party's letter and a hyphen before a state, after a comma or a bracket. */
    private static boolean opensPartyTag(String text, int i, int to) {
        char party = text.charAt(i);
        return (party == 'D' || party == 'R' || party == 'I') && i + 2 < to && isHyphen(text.charAt(i + 1))
                && Character.isUpperCase(text.charAt(i + 2)) && i >= 2
                && (text.charAt(i - 1) == '(' || text.charAt(i - 1) == ' ' && text.charAt(i - 2) == ',');
    }

    /**
     * "U.S.", "U.N.", "D.C.": single letters each followed by a full stop; inner ones may be lower case between capitals,
     * as in the legal form "S.p.A.".
     */
    private static int dottedAcronymEnd(String text, int i, int to) {
        int j = i;
        int lastCapitalEnd = i;
        while (j + 1 < to && Character.isLetter(text.charAt(j)) && text.charAt(j + 1) == '.'
                && (j > i || Character.isUpperCase(text.charAt(j)))) {
            j += 2;
            if (Character.isUpperCase(text.charAt(j - 2))) {
                lastCapitalEnd = j;
            }
        }
        return lastCapitalEnd - i >= 4 ? lastCapitalEnd : i;
    }

    private static boolean isPossessive(String text, int apostrophe, int to) {
        int s = apostrophe + 1;
        return (text.charAt(s) == 's' || text.charAt(s) == 'S')
                && (s + 1 >= to || !Character.isLetter(text.charAt(s + 1)));
    }

    private static boolean keepsFullStop(String word) {
        return (word.length() == 1 && Character.isUpperCase(word.charAt(0))) || ABBREVIATIONS.contains(word);
    }

    /**
     * A hyphen between a capitalised and a lower-case part splits the word ("Israeli-backed",
     * "pro-Russian"), unless the lower-case part is a name prefix ("el-Sheikh").
     */
    private static void splitCaseChanges(String text, int i, int j, int paragraph, List<Token> out) {
        int partStart = i;
        for (int k = i + 1; k < j - 1; k++) {
            if (!isHyphen(text.charAt(k))) {
                continue;
            }
            char before = text.charAt(partStart);
            char after = text.charAt(k + 1);
            boolean split = Character.isLetter(before) && Character.isLetter(after)
                    && Character.isUpperCase(before) != Character.isUpperCase(after)
                    && !(Character.isLowerCase(before) && NAME_PREFIXES.contains(text.substring(partStart, k)))
                    && !(Character.isUpperCase(before) && !isCompoundTail(text, k + 1, j));
            if (split) {
                out.add(new Token(text.substring(partStart, k), partStart, k, Token.Kind.WORD, paragraph));
                out.add(new Token(text.substring(k, k + 1), k, k + 1, Token.Kind.PUNCT, paragraph));
                partStart = k + 1;
            }
        }
        out.add(new Token(text.substring(partStart, j), partStart, j, Token.Kind.WORD, paragraph));
    }

    /**
     * "-backed", "-led", "-based", "-speaking": what follows a name in a compound adjective. Another lower-case part
     * belongs to the name: "Jae-sung", "Jae-in".
     */
    private static boolean isCompoundTail(String text, int from, int to) {
        int end = from;
        while (end < to && !isHyphen(text.charAt(end))) {
            end++;
        }
        String tail = text.substring(from, end);
        // "-ling", "-ting", "-ming" end given names ("Wei-ling", "Yu-ting"), not participles
        return tail.length() > MIN_PARTICIPLE && (tail.endsWith("ed") || tail.endsWith("ing")) || COMPOUND_TAILS.contains(tail);
    }

    private static int number(String text, int i, int to, int paragraph, List<Token> out) {
        int j = i;
        while (j < to) {
            char d = text.charAt(j);
            if (Character.isLetterOrDigit(d)) {
                j++;
            } else if ((d == '.' || d == ',' || d == ':' || isHyphen(d)) && j + 1 < to
                    && Character.isLetterOrDigit(text.charAt(j + 1))) {
                j++;
            } else {
                break;
            }
        }
        out.add(new Token(text.substring(i, j), i, j, Token.Kind.NUMBER, paragraph));
        return j;
    }

    /** Sets {@link Token#sentence} on every token and returns the sentences' token ranges as [first, end) pairs. */
    static List<int[]> sentences(List<Token> tokens, Deadline deadline) {
        List<int[]> out = new ArrayList<>();
        int[] lastBeforeClosers = lastBeforeClosers(tokens);
        int first = 0;
        for (int k = 1; k <= tokens.size(); k++) {
            deadline.check();
            if (k == tokens.size() || startsSentence(tokens, k, lastBeforeClosers[k - 1])) {
                out.add(new int[] {first, k});
                for (int m = first; m < k; m++) {
                    tokens.get(m).sentence = out.size() - 1;
                }
                first = k;
            }
        }
        return out;
    }

    /**
     * For each token, the token that ends its sentence if it is one of a run of closing marks glued to what came
     * before ("said.\u201d)") or ends a run of citation marks ("died. [3] [4]"), else itself; found in one pass, so a
     * long run of marks costs no more than its length.
     */
    private static int[] lastBeforeClosers(List<Token> tokens) {
        int[] last = new int[tokens.size()];
        for (int p = 0; p < tokens.size(); p++) {
            boolean glued = p > 0 && isCloser(tokens.get(p)) && tokens.get(p).start == tokens.get(p - 1).end;
            boolean citation = p > 2 && tokens.get(p).is("]") && tokens.get(p - 1).kind == Token.Kind.NUMBER
                    && tokens.get(p - 2).is("[");
            last[p] = citation ? last[p - 3] : glued ? last[p - 1] : p;
        }
        return last;
    }

    private static boolean startsSentence(List<Token> tokens, int k, int lastBeforeClosers) {
        Token t = tokens.get(k);
        if (t.paragraph != tokens.get(k - 1).paragraph) {
            return true;
        }
        String end = tokens.get(lastBeforeClosers).text;
        if (end.endsWith(".") && NAME_ENDS.contains(end.substring(0, end.length() - 1))) {
            return t.capitalised();
        }
        if (!(end.equals(".") || end.equals("!") || end.equals("?") || end.equals("\u2026"))) {
            return false;
        }
        return t.capitalised() || t.kind == Token.Kind.NUMBER || (t.isQuoteMark() && k + 1 < tokens.size()
                && tokens.get(k + 1).start == t.end);
    }

    private static boolean isCloser(Token t) {
        return t.isQuoteMark() || t.is(")") || t.is("]") || t.is("\u2019");
    }
}
