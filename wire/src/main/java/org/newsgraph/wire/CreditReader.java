package org.newsgraph.wire;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the credit at the end of wire copy: a dash credit ({@code — Agencies}, {@code - AFP},
 * {@code — The Associated Press}) or a Reuters-style block ({@code (Reporting by ...; Editing by ...)}).
 */
final class CreditReader {

    /** How far back from the end a dash credit may start; agency names are short. */
    private static final int DASH_CREDIT_REACH = 120;
    /** How far back from the end a reporting block may open; long blocks name a dozen people. */
    private static final int BLOCK_REACH = 1_000;

    private static final String WORD_CHARS = "[\\p{L}\\p{N}'’-]";
    // Lower-case words allowed in a credit; anything else in lower case reads as the end of a sentence.
    private static final String LOWER_CASE_WORD = "(?:agencies|al|and|de|des|du|el|from|inputs|la|le|of|staff|the|with)(?!" + WORD_CHARS + ")";
    private static final String SOURCE_WORD = "(?:[\\p{Lu}\\p{N}]" + WORD_CHARS + "*|" + LOWER_CASE_WORD + ")";
    // A hyphen credits only after a space, so "well-known" never does.
    private static final Pattern DASH_CREDIT = Pattern.compile(
            "(?:(?<=[\\s.!?\"”’)])[‒–—―]|(?<=\\s)--?)\\h*"
                    + "(?<source>\\p{Lu}" + WORD_CHARS + "*(?:(?:\\h*[/&,]\\h*|\\h+)" + SOURCE_WORD + "){0,5})"
                    + "\\.?$");

    private static final Pattern ROLE = Pattern.compile(
            "\\b(?<additional>additional\\s+|further\\s+)?(?<role>reporting|writing|editing)"
                    + "(?:\\s+and\\s+(?<also>reporting|writing|editing))?\\s+by\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME_SEPARATOR = Pattern.compile("\\s*,\\s*(?:and\\s+)?|\\s+and\\s+|\\s*[&;]\\s*");
    private static final Pattern WHERE = Pattern.compile("\\s+in\\s+\\p{Lu}");

    private CreditReader() {
    }

    /**
     * The credit that closes the copy at {@code to}, just past its last non-space character. The story starts at
     * {@code from}, and a credit must leave some of it.
     */
    static Optional<Located<Credit>> read(String text, int from, int to, Optional<String> datelineAgency) {
        return text.charAt(to - 1) == ')'
                ? reportingBlock(text, from, to, datelineAgency)
                : dashCredit(text, from, to);
    }

    private static Optional<Located<Credit>> dashCredit(String text, int from, int to) {
        Matcher m = DASH_CREDIT.matcher(text)
                .region(Math.max(from, to - DASH_CREDIT_REACH), to)
                .useTransparentBounds(true);
        if (!m.find() || m.start() <= from) {
            return Optional.empty();
        }
        String source = m.group("source").replaceAll("\\h+", " ");
        return Optional.of(new Located<>(Credit.fromSource(source), m.start(), to));
    }

    private static Optional<Located<Credit>> reportingBlock(String text, int from, int to, Optional<String> datelineAgency) {
        int close = to - 1;
        int open = close - 1;
        int floor = Math.max(from, to - BLOCK_REACH);
        while (open > floor && text.charAt(open) != '(' && text.charAt(open) != ')') {
            open--;
        }
        if (open <= from || text.charAt(open) != '(') {
            return Optional.empty();
        }
        String content = text.substring(open + 1, close);
        Matcher role = ROLE.matcher(content);
        if (!role.find() || !content.substring(0, role.start()).isBlank()) {
            return Optional.empty();
        }
        Contributors contributors = new Contributors();
        boolean more = true;
        while (more) {
            String kind = role.group("role");
            String alsoKind = role.group("also");
            boolean additional = role.group("additional") != null;
            int namesStart = role.end();
            more = role.find();
            List<String> names = names(content.substring(namesStart, more ? role.start() : content.length()));
            contributors.add(kind, additional, names);
            if (alsoKind != null) {
                contributors.add(alsoKind, false, names);
            }
        }
        return Optional.of(new Located<>(contributors.credit(datelineAgency), open, to));
    }

    private static List<String> names(String list) {
        List<String> names = new ArrayList<>();
        boolean afterPlace = false;
        for (String piece : NAME_SEPARATOR.split(list)) {
            Matcher where = WHERE.matcher(piece);
            boolean located = where.find();
            String name = (located ? piece.substring(0, where.start()) : piece).replaceAll("\\s+", " ").strip();
            if (name.endsWith(".")) {
                name = name.substring(0, name.length() - 1);
            }
            // "in Port of Spain, Trinidad and Tobago": single words after a place go on naming the place.
            boolean placeContinues = afterPlace && !located && !name.contains(" ");
            if (!placeContinues && !name.isEmpty() && Character.isLetter(name.charAt(0))) {
                names.add(name);
            }
            afterPlace = located || placeContinues;
        }
        return names;
    }

    private static final class Contributors {

        private final List<String> byline = new ArrayList<>();
        private final List<String> additionalReporting = new ArrayList<>();
        private final List<String> writers = new ArrayList<>();
        private final List<String> editors = new ArrayList<>();

        void add(String role, boolean additional, List<String> names) {
            List<String> target = switch (role.toLowerCase(Locale.ROOT)) {
                case "reporting" -> additional ? additionalReporting : byline;
                case "writing" -> writers;
                default -> editors;
            };
            target.addAll(names);
        }

        Credit credit(Optional<String> source) {
            return new Credit(source, byline, additionalReporting, writers, editors);
        }
    }
}
