package org.newsgraph.wire;

/** Whitespace handling shared by the readers; wire copy arrives with BOMs, no-break spaces and CRLF. */
final class WireText {

    private WireText() {
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }

    /** The index of the first non-space character at or after {@code from}, or {@code to} when there is none. */
    static int skipSpaces(CharSequence text, int from, int to) {
        int i = from;
        while (i < to && isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The index just past the last non-space character before {@code to}, or {@code from} when there is none. */
    static int trimEnd(CharSequence text, int from, int to) {
        int i = to;
        while (i > from && isSpace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }
}
