package org.newsgraph.actors.extraction;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The form names are compared in: case, accents, punctuation and a leading "the" do not count. */
public final class Names {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_NAME = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Names() {
    }

    /** "The Élysée Palace" and "elysee palace" have the same key. */
    public static String key(String name) {
        String words = NOT_NAME.matcher(withoutAccents(name).toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
        return words.startsWith("the ") ? words.substring(4) : words;
    }

    /** "Karnātaka" as English writes it: "Karnataka". */
    static String withoutAccents(String name) {
        return MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
    }
}
