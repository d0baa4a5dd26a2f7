package org.newsgraph.actors.extraction;

/** A word, number or punctuation mark of the text. */
final class Token {

    enum Kind { WORD, NUMBER, PUNCT }

    final String text;
    final int start;
    final int end;
    final Kind kind;
    final int paragraph;
    /** Set by the sentence splitter. */
    int sentence;
    /** A single quotation mark rather than an apostrophe: set by {@link Tokens#tokenize}. */
    boolean singleQuotationMark;
    /** The party's letter of a lawmaker's tag, "D" of "D-N.Y.": set by {@link Tokens#tokenize}. */
    boolean partyLetter;
    /** Made when first asked for: the engine asks for it again and again. */
    private String lower;

    Token(String text, int start, int end, Kind kind, int paragraph) {
        this.text = text;
        this.start = start;
        this.end = end;
        this.kind = kind;
        this.paragraph = paragraph;
    }

    boolean isWord() {
        return kind == Kind.WORD;
    }

    boolean is(String s) {
        return text.equals(s);
    }

    boolean capitalised() {
        return kind == Kind.WORD && Character.isUpperCase(text.codePointAt(0));
    }

    /** Every letter upper case and at least two of them: "NATO", "U.S.", "JD". */
    boolean allCaps() {
        if (kind != Kind.WORD) {
            return false;
        }
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters >= 2;
    }

    boolean isQuoteMark() {
        return kind == Kind.PUNCT && (singleQuotationMark || Tokens.isQuoteChar(text.charAt(0)));
    }

    String lower() {
        if (lower == null) {
            lower = text.toLowerCase(java.util.Locale.ROOT);
        }
        return lower;
    }

    @Override
    public String toString() {
        return text + "@" + start;
    }
}
