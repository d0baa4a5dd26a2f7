package org.newsgraph.actors.extraction;

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

/**
 * Texts made to slow a reader down: each is read in time linear in its length. The deadlines are generous for this
 * machine, so that a slow run does not fail them while work that grows faster than the text would.
 */
class HostileTextTest {

    /** The largest body the service accepts. */
    private static final int LIMIT = 1 << 20;
    private static final Duration DEADLINE = Duration.ofSeconds(5);
    private static final ActorExtractor EXTRACTOR = new ActorExtractor();

    static Stream<Arguments> hostileTexts() {
        return Stream.of(
                Arguments.of("a dateline followed by spaces", "A." + " ".repeat(LIMIT - 2)),
                Arguments.of("straight quote marks", "\"".repeat(LIMIT)),
                Arguments.of("curly quote marks", "\u201c\u201d".repeat(LIMIT / 2)),
                Arguments.of("capitals", "A ".repeat(LIMIT / 2)),
                Arguments.of("capitalised words", "Alpha Beta Gamma ".repeat(LIMIT / 17)),
                Arguments.of("dashes", "- ".repeat(LIMIT / 2)),
                Arguments.of("brackets", "((((]]]]".repeat(LIMIT / 8)),
                Arguments.of("one line of words", "word ".repeat(LIMIT / 5)),
                Arguments.of("one name, said again and again", "Mr Smith said. ".repeat(LIMIT / 15)),
                Arguments.of("a full name and its short name", "Donald Trump met Trump. ".repeat(LIMIT / 24)),
                Arguments.of("quotes said by a name", "\"Yes,\" said Anna Smith. ".repeat(LIMIT / 25)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileTexts")
    void readsAHostileTextOfTheLargestSizeInBoundedTime(String what, String text) {
        ExtractionResult result = assertTimeoutPreemptively(DEADLINE, () -> EXTRACTOR.extract(text), what);
        assertThat(result).isNotNull();
    }

    @Property(tries = 40)
    void readsAnyMixOfTheCharactersThatSlowReadersDown(@ForAll("hostileMixes") String text) {
        assertTimeoutPreemptively(DEADLINE, () -> EXTRACTOR.extract(text));
    }

    @Provide
    Arbitrary<String> hostileMixes() {
        Arbitrary<String> pieces = Arbitraries.of("\"", "\u201c", "\u201d", " ", "  ", "\n", "A", "A.", "Mr", "Smith", ".",
                "-", "\u2014", "(", ")", "[", "'", ",", "said", "WASHINGTON", "of", "the", "Ministry", "Bibi");
        return Arbitraries.integers().between(1, 64).flatMap(unit -> pieces.list().ofMinSize(1).ofMaxSize(unit)
                .map(piece -> String.join("", piece).repeat(Math.max(1, 200_000 / Math.max(1, String.join("", piece).length())))));
    }
}
