package org.newsgraph.actors.extraction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the dateline that opens a wire story and the credit that closes it; neither is body text. */
final class Provenance {

    private static final String DASH = "(?:[\u2014\u2013]|--?)";
    /**
     * A letter of a place's word. Spaces come only between words, a place has at most five, and the spaces after
     * it belong to what follows, so that no run of spaces can be split in more than one way: the match stays linear.
     */
    private static final String PLACE_WORD = "[\\p{L}'\u2019.\\-]";
    /** A dash that separates, not one that joins words ("US-backed"). */
    private static final String SEPARATING_DASH = "(?:[\u2014\u2013]|(?<=\\s)--?)";
    /** "WASHINGTON —", "GAZA CITY, Oct 7 (Reuters) -", "Paris (AFP) –", "NEW YORK, Calif. (AP) —". */
    private static final Pattern DASHED = Pattern.compile(
            "\\A\\s*(\\p{Lu}" + PLACE_WORD + "*?(?: +" + PLACE_WORD + "+?){0,4}?)(?: *,[^\\n()\u2014\u2013]{1,40}?)?\\s*"
                    + "(?:\\(([^)\\n]{2,40})\\)\\s*)?" + SEPARATING_DASH + "\\s*");
    /** "BEIJING:" */
    private static final Pattern COLON = Pattern.compile("\\A\\s*(\\p{Lu}[\\p{Lu}'\u2019.\\- ]+):\\s+");
    /** "... deal. — Agencies" */
    private static final Pattern TRAILING_DASH = Pattern.compile(
            "[.!?\"\u201D]\\s*(" + DASH + "\\s*(\\p{Lu}[\\p{L}&.' ]{1,40}?))\\s*\\z");
    /**
     * "(Reporting by ...; Editing by ...)", "Additional reporting by ...", "... contributed to this report." Matched
     * up to the last character that is not a space, so that no run of spaces inside is read again at every step.
     */
    private static final Pattern CREDIT_PARAGRAPH = Pattern.compile(
            "\\(?((?:(?:Additional )?[Rr]eporting|Writing|Editing|Compiled|Written) by[^\\n]*?|[^\\n]*contributed"
                    + " (?:to )?(?:this )?report(?:ing)?\\.?)\\)?\\z");

    private Provenance() {
    }

    static Dateline dateline(String text) {
        Matcher m = DASHED.matcher(text);
        if (m.lookingAt() && isPlace(m.group(1), m.group(2) != null)) {
            return new Dateline(m.group(1).trim(), m.group(2), m.start(1), m.end());
        }
        m = COLON.matcher(text);
        if (m.lookingAt() && isPlace(m.group(1), false)) {
            return new Dateline(m.group(1).trim(), null, m.start(1), m.end());
        }
        return null;
    }

    /** An upper-case place, or a capitalised one when an agency in brackets confirms the dateline. */
    private static boolean isPlace(String place, boolean agency) {
        String p = place.trim();
        if (p.length() < 2 || p.split(" ").length > 4) {
            return false;
        }
        return agency || p.equals(p.toUpperCase(java.util.Locale.ROOT));
    }

    static Credit credit(String text) {
        int end = lastNonSpace(text) + 1;
        int paragraphStart = text.lastIndexOf('\n', end - 1) + 1;
        Matcher m = CREDIT_PARAGRAPH.matcher(text).region(paragraphStart, end);
        if (m.lookingAt()) {
            return new Credit(m.group(1).trim(), paragraphStart, end);
        }
        m = TRAILING_DASH.matcher(text);
        if (m.find()) {
            return new Credit(m.group(2).trim(), m.start(1), m.end(2));
        }
        return null;
    }

    private static int lastNonSpace(String text) {
        int i = text.length() - 1;
        while (i > 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i;
    }
}
