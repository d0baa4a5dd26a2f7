package org.newsgraph.wire;

import java.util.Set;
import java.util.regex.Pattern;

/** Takes the first sentence of a story as its title, with runs of whitespace and line breaks as single spaces. */
final class TitleReader {

    private static final String CLOSERS = "\"'”’)]";
    private static final String OPENERS = "\"'“‘([";
    private static final String ELLIPSIS = "…";
    private static final String DANGLING = " ,;:‒–—―-";

    // A full stop after these does not end a sentence: "Mr. Smith", "Jan. 3", "Apple Inc. said".
    private static final Set<String> ABBREVIATIONS = Set.of(
            "Adm", "Apr", "Atty", "Aug", "Ave", "Blvd", "Brig", "Capt", "Cmdr", "Co", "Col", "Corp", "Dec", "Dept", "Dr",
            "Feb", "Ft", "Gen", "Gov", "Hon", "Inc", "Jan", "Jr", "Jul", "Jun", "Lt", "Ltd", "Maj", "Mar", "Messrs", "Mr",
            "Mrs", "Ms", "Mt", "No", "Nos", "Nov", "Oct", "Pres", "Prof", "Rep", "Rev", "Sen", "Sep", "Sept", "Sgt", "Sr",
            "St", "Supt", "al", "vs");
    // U.S, U.N, e.g, a.m: letters joined by full stops, the last stop being the one under test.
    private static final Pattern INITIALISM = Pattern.compile("(?:\\p{L}\\.)+\\p{L}");

    private TitleReader() {
    }

    /**
     * The first sentence of {@code text[from, to)}, which starts and ends on non-space characters, cut at a word
     * boundary with an ellipsis when longer than {@code maxLength}.
     */
    static String firstSentence(String text, int from, int to, int maxLength) {
        StringBuilder sentence = new StringBuilder();
        int i = from;
        while (i < to && sentence.length() <= maxLength) {
            char c = text.charAt(i);
            if (!WireText.isSpace(c)) {
                sentence.append(c);
                i++;
                continue;
            }
            int next = i;
            int lineBreaks = 0;
            while (next < to && WireText.isSpace(text.charAt(next))) {
                if (isLineBreak(text, next)) {
                    lineBreaks++;
                }
                next++;
            }
            // Wire copy may be hard-wrapped, so only a blank line ends a paragraph on its own.
            if (next == to || lineBreaks >= 2 || endsSentence(sentence, text.charAt(next))) {
                break;
            }
            sentence.append(' ');
            i = next;
        }
        return sentence.length() > maxLength ? shorten(sentence, maxLength) : sentence.toString();
    }

    private static boolean isLineBreak(String text, int i) {
        char c = text.charAt(i);
        return c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n');
    }

    private static boolean endsSentence(CharSequence sentence, char next) {
        int mark = sentence.length() - 1;
        while (mark >= 0 && CLOSERS.indexOf(sentence.charAt(mark)) >= 0) {
            mark--;
        }
        if (mark < 0 || !opensSentence(next)) {
            return false;
        }
        return switch (sentence.charAt(mark)) {
            case '!', '?', '…' -> true;
            case '.' -> !isAbbreviation(sentence, mark);
            default -> false;
        };
    }

    private static boolean opensSentence(char c) {
        return Character.isLetter(c) ? !Character.isLowerCase(c) : Character.isDigit(c) || OPENERS.indexOf(c) >= 0;
    }

    private static boolean isAbbreviation(CharSequence sentence, int fullStop) {
        int start = fullStop;
        while (start > 0 && sentence.charAt(start - 1) != ' ') {
            start--;
        }
        while (start < fullStop && OPENERS.indexOf(sentence.charAt(start)) >= 0) {
            start++;
        }
        String word = sentence.subSequence(start, fullStop).toString();
        return word.length() == 1 && Character.isUpperCase(word.charAt(0))
                || ABBREVIATIONS.contains(word)
                || INITIALISM.matcher(word).matches();
    }

    private static String shorten(StringBuilder sentence, int maxLength) {
        int limit = maxLength - ELLIPSIS.length();
        int cut = sentence.lastIndexOf(" ", limit);
        if (cut <= 0) {
            cut = Character.isLowSurrogate(sentence.charAt(limit)) ? limit - 1 : limit;
        }
        while (cut > 0 && DANGLING.indexOf(sentence.charAt(cut - 1)) >= 0) {
            cut--;
        }
        return sentence.substring(0, cut) + ELLIPSIS;
    }
}
