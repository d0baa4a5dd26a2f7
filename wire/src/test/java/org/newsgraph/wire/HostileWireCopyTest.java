package org.newsgraph.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Copy made to slow a parser down, up to the largest body the articles service takes: each step of the parser looks
 * at a bounded window or makes one pass, so none takes more than a moment.
 */
class HostileWireCopyTest {

    private static final int LIMIT = 1 << 20;
    private static final Duration DEADLINE = Duration.ofSeconds(2);

    private final WireCopyParser parser = new WireCopyParser();

    static Stream<Arguments> hostileCopy() {
        return Stream.of(
                Arguments.of("a dateline followed by spaces", "A." + " ".repeat(LIMIT - 3) + "x"),
                Arguments.of("a dateline followed by 4,000 spaces", "A." + " ".repeat(4_000) + "x"),
                Arguments.of("200,000 straight quote marks", "\"".repeat(200_000)),
                Arguments.of("curly quote marks", fill("\u201c\u201d")),
                Arguments.of("spaces between two letters", "x" + " ".repeat(LIMIT - 2) + "x"),
                Arguments.of("no-break spaces", "x" + "\u00a0".repeat(LIMIT - 2) + "x"),
                Arguments.of("capitals", fill("A ")),
                Arguments.of("words in capitals", fill("ABC DEF ")),
                Arguments.of("capitals before a dash", "WASHINGTON" + " ".repeat(LIMIT - 20) + "\u2014 story"),
                Arguments.of("dashes", "\u2014".repeat(LIMIT)),
                Arguments.of("closing brackets", "x" + ")".repeat(LIMIT - 1)),
                Arguments.of("full stops", ".".repeat(LIMIT)),
                Arguments.of("forms of address", fill("Mr. ")),
                Arguments.of("closing marks after a full stop", "Story." + fill("\"')]", LIMIT - 12) + " Next"),
                Arguments.of("newlines", "x" + "\n".repeat(LIMIT - 2) + "x"),
                Arguments.of("one line of news", fill("The minister said the talks were close, and left. ")),
                Arguments.of("reporting blocks", "x" + fill("(Reporting by ", LIMIT - 2) + ")"),
                Arguments.of("a reporting block full of spaces", "Story. (Reporting by" + " ".repeat(900) + "Jane Doe in"
                        + " ".repeat(900) + "Gaza)"),
                Arguments.of("a dash credit after spaces", "Story." + " ".repeat(LIMIT / 2) + "\u2014 " + fill("Agencies ",
                        LIMIT / 2 - 10)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileCopy")
    void parsesHostileCopyInBoundedTime(String what, String text) {
        WireCopy copy = assertTimeoutPreemptively(DEADLINE, () -> parser.parse(text), what);

        assertThat(copy.storyEnd()).isLessThanOrEqualTo(text.length());
    }

    @Property(tries = 200)
    void parsesAnyMixOfTheCharactersThatSlowParsersDown(@ForAll("hostileMixes") String text) {
        assertTimeoutPreemptively(DEADLINE, () -> {
            try {
                parser.parse(text);
            } catch (IllegalArgumentException refused) {
                // the two refusals the parser promises, and no other
                assertThat(refused).hasMessageContainingAll("wire copy").satisfiesAnyOf(
                        e -> assertThat(e).hasMessageContaining("empty or blank"),
                        e -> assertThat(e).hasMessageContaining("no story"));
            }
        });
    }

    /** Runs of the characters and words that datelines, credits and titles are read by, among a few plain ones. */
    @Provide
    Arbitrary<String> hostileMixes() {
        Arbitrary<String> marks = Arbitraries.of("\"", "\u201c", "\u201d", "'", "\u2019", " ", "  ", "\u00a0", "\t", "\n",
                "\r\n", "\n\n", ".", ",", ":", ";", "-", "--", "\u2014", "\u2013", "(", ")", "[", "]", "&", "/", "\u2026",
                "!", "?");
        Arbitrary<String> words = Arbitraries.of("A", "A.", "U.S.", "Mr.", "WASHINGTON", "GAZA CITY", "Paris", "de",
                "el-", "Oct", "7", "12", "2025", "March", "(Reuters)", "AP", "dpa", "Reporting by", "Editing by",
                "Additional reporting by", "and", "in", "Agencies", "Jane Doe");
        Arbitrary<String> plain = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8);
        Arbitrary<String> pieces = Arbitraries.frequencyOf(Tuple.of(6, marks), Tuple.of(4, words), Tuple.of(1, plain));
        Arbitrary<Integer> lengths = Arbitraries.integers().between(1, LIMIT);
        return Arbitraries.integers().between(1, 40).flatMap(unit -> pieces.list().ofMinSize(1).ofMaxSize(unit)
                .flatMap(run -> Arbitraries.of("", " ").flatMap(between -> lengths
                        .map(length -> fill(String.join(between, run), length)))));
    }

    private static String fill(String unit) {
        return fill(unit, LIMIT);
    }

    /** {@code unit} over and over, cut at {@code length} characters. */
    private static String fill(String unit, int length) {
        return unit.repeat(length / unit.length() + 1).substring(0, length);
    }
}
