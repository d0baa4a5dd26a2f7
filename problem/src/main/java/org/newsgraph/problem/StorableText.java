package org.newsgraph.problem;

import java.util.Optional;

/**
 * Text every service can store: PostgreSQL refuses NUL in text, and half of a UTF-16 surrogate pair has no UTF-8 form.
 * Text holding either is refused whole, with where, rather than cleaned behind the client's back.
 */
public final class StorableText {

    private StorableText() {
    }

    public static final class Unstorable extends ProblemException {
        public Unstorable(String what, String why) {
            super(400, "unstorable-text", "Unstorable text", what + " " + why + "; text may hold neither NUL nor half of a surrogate pair.");
        }
    }

    /** Why the text cannot be stored, such as "holds NUL (U+0000) at index 3", or empty when it can. */
    public static Optional<String> problemWith(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                return Optional.of("holds NUL (U+0000) at index " + i);
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of("holds half of a surrogate pair (" + String.format("U+%04X", (int) c) + ") at index " + i);
            }
        }
        return Optional.empty();
    }

    /**
     * @param what names the text for the client, such as "Query parameter 'q'" or "The body"
     */
    public static String require(String what, String text) {
        problemWith(text).ifPresent(why -> {
            throw new Unstorable(what, why);
        });
        return text;
    }
}
