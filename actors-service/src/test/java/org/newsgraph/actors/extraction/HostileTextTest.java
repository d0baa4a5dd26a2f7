package org.newsgraph.actors.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
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
 * Texts made to slow a reader down: each is read in time linear in its length. The yardstick is ordinary news of the
 * largest size the service accepts, read on the same machine in the same run, so that the bound holds on a slow
 * machine as on a fast one: a hostile text of that size must take no more than {@link #TIMES_NEWS} times as long, and
 * is always allowed {@link #AT_LEAST}.
 * Time is measured on the reading thread, so that other work on a busy machine counts as little as it can; a reading
 * that runs away is stopped after {@link #RUNAWAY_TIMES} times that bound, as work that grows faster than the text
 * would be.
 */
class HostileTextTest {

    /** The largest body the service accepts. */
    private static final int LIMIT = 1 << 20;
    private static final int TIMES_NEWS = 10;
    /** The least bound: the yardstick itself varies twofold from run to run on one machine. */
    private static final Duration AT_LEAST = Duration.ofSeconds(2);
    private static final int RUNAWAY_TIMES = 5;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** With a budget that leaves the deadlines to the test. */
    private static final ActorExtractor EXTRACTOR = new ActorExtractor(KnownActors.none(), Duration.ofMinutes(1));
    /**
     * The reading thread's time for the largest text of ordinary news, the best of three, after warming the engine up
     * as in the service, where it has read many articles before a hostile one comes. Measured once, for the JUnit and
     * the jqwik tests alike.
     */
    private static final class Yardstick {

        static final Duration NEWS = measure();

        private static Duration measure() {
            String mix = hostileTexts().map(arguments -> (String) arguments.get()[1])
                    .map(text -> text.substring(0, 2_000)).collect(Collectors.joining("\n\n"));
            for (int i = 0; i < 20; i++) {
                GoldArticles.all().forEach(article -> EXTRACTOR.extract(article.body()));
                EXTRACTOR.extract(mix);
            }
            String ordinary = ordinaryNews();
            return Stream.generate(() -> threadTime(() -> EXTRACTOR.extract(ordinary))).limit(3).min(Duration::compareTo).orElseThrow();
        }
    }

    private static String ordinaryNews() {
        return fill(GoldArticles.all().stream().map(GoldArticles.Article::body).collect(Collectors.joining("\n\n")));
    }

    static Stream<Arguments> hostileTexts() {
        return Stream.of(
                Arguments.of("a dateline followed by spaces", "A." + " ".repeat(LIMIT - 2)),
                Arguments.of("a dateline followed by 4,000 spaces", "A." + " ".repeat(4_000)),
                Arguments.of("200,000 straight quote marks", "\"".repeat(200_000)),
                Arguments.of("straight quote marks", "\"".repeat(LIMIT)),
                Arguments.of("opening curly quote marks", "\u201c".repeat(LIMIT)),
                Arguments.of("closing curly quote marks", "\u201d".repeat(LIMIT)),
                Arguments.of("every kind of quote mark", fill("\u201c\u201d\u201e\u00ab\u00bb\"'\u2019")),
                Arguments.of("quote marks around single words", fill("\"a ")),
                Arguments.of("spaces", " ".repeat(LIMIT)),
                Arguments.of("capitals", fill("A ")),
                Arguments.of("capitals with full stops", fill("A. ")),
                Arguments.of("words in capitals", fill("ABC DEF ")),
                Arguments.of("capitalised words", fill("Alpha Beta Gamma ")),
                Arguments.of("forms of address", fill("Mr. ")),
                Arguments.of("a title that never ends", fill("President of the ")),
                Arguments.of("name particles", fill("de la ")),
                Arguments.of("hyphens", "-".repeat(LIMIT)),
                Arguments.of("dashes between spaces", fill(" \u2014 ")),
                Arguments.of("opening brackets", "(".repeat(LIMIT)),
                Arguments.of("closing brackets", ")".repeat(LIMIT)),
                Arguments.of("mixed brackets", fill("((((]]]]")),
                Arguments.of("acronyms in brackets", fill("Bail for Immigration Detainees (BID) ")),
                Arguments.of("full stops", ".".repeat(LIMIT)),
                Arguments.of("full stops and spaces", fill(". ")),
                Arguments.of("newlines", "\n".repeat(LIMIT)),
                Arguments.of("one-letter paragraphs", fill("A\n")),
                Arguments.of("one line of words", fill("word ")),
                Arguments.of("one line of news", fill(GoldArticles.all().get(0).body().replace('\n', ' ') + ' ')),
                Arguments.of("news, over and over", ordinaryNews()),
                Arguments.of("one sentence of verbs", fill("said ")),
                Arguments.of("one name, said again and again", fill("Mr Smith said. ")),
                Arguments.of("a full name and its short name", fill("Donald Trump met Trump. ")),
                Arguments.of("names in a list", fill("Smith, ")),
                Arguments.of("a short name beside a place", fill("Smith Street, Smith, ")),
                Arguments.of("a given name beside the full name", fill("John Smith said. John said. ")),
                Arguments.of("each name restating the next", fill(i -> "Xa" + word(i) + " Yb" + word(i) + " (Xa"
                        + word(i + 1) + " Yb" + word(i + 1) + "), ")),
                Arguments.of("organisations sharing one acronym", fill(i -> "A" + word(i) + " D" + word(i)
                        + " Council (ADC), ")),
                Arguments.of("quotes said by a name", fill("\"Yes,\" said Anna Smith. ")),
                Arguments.of("quotes said by a pronoun", fill("Anna Smith spoke. \"Yes,\" she said. ")),
                Arguments.of("quotes said by a title in one sentence", fill("Minister Anna Smith, \"yes we will do it,\" the minister said, ")),
                Arguments.of("quotes said by an organisation", fill("Acme Corp spoke. \"Yes we will do it now,\" it said. ")),
                Arguments.of("a quote after a colon", fill("Smith said: \"We will go ")),
                Arguments.of("empty quotes after an attribution", "\"Yes,\" he said. " + fill("\".\" ")),
                Arguments.of("a credit followed by spaces", "Story.\nReporting by" + " ".repeat(LIMIT - 40) + "x"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileTexts")
    void readsAHostileTextInBoundedTime(String what, String text) {
        assertThat(readWithinDeadline(text, what)).isNotNull();
    }

    @Test
    void givesUpATextThatTakesLongerThanItsBudget() {
        ActorExtractor hurried = new ActorExtractor(KnownActors.none(), Duration.ofMillis(1));
        String text = fill(GoldArticles.all().get(0).body() + "\n\n");

        ExtractionBudgetExceeded stopped = assertTimeoutPreemptively(deadline(),
                () -> assertThrows(ExtractionBudgetExceeded.class, () -> hurried.extract(text)));

        assertThat(stopped.budget()).isEqualTo(Duration.ofMillis(1));
        assertThat(stopped.getMessage()).contains(text.length() + " characters", "1 ms");
    }

    @Property(tries = 60)
    void readsAnyMixOfTheCharactersThatSlowReadersDown(@ForAll("hostileMixes") String text) {
        readWithinDeadline(text, "a mix");
    }

    /** Runs of the characters and words the engine treats specially, among a few plain ones. */
    @Provide
    Arbitrary<String> hostileMixes() {
        Arbitrary<String> marks = Arbitraries.of("\"", "\u201c", "\u201d", "\u201e", "\u00ab", "\u00bb", "'", "\u2019",
                " ", "  ", "\n", "\n\n", ".", ",", ":", ";", "-", "--", "\u2014", "\u2013", "(", ")", "[", "]", "&", "\u2026",
                "!", "?");
        Arbitrary<String> words = Arbitraries.of("A", "A.", "ABC", "U.S.", "Mr", "Mr.", "Smith", "Anna", "Bibi",
                "WASHINGTON", "Ministry", "Commission", "President", "of", "the", "and", "de", "al-", "said", "told", "he",
                "she", "who", "according to", "Reporting by", "(Reporting by", "1", "2024");
        Arbitrary<String> plain = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8);
        Arbitrary<String> pieces = Arbitraries.frequencyOf(Tuple.of(6, marks), Tuple.of(4, words), Tuple.of(1, plain));
        Arbitrary<Integer> lengths = Arbitraries.integers().between(1_000, 300_000);
        return Arbitraries.integers().between(1, 40).flatMap(unit -> pieces.list().ofMinSize(1).ofMaxSize(unit)
                .flatMap(run -> Arbitraries.of("", " ").flatMap(between -> lengths
                        .map(length -> fill(String.join(between, run), length)))));
    }

    /** Reads on a thread of its own and holds what that thread spent to the yardstick; any failure is rethrown. */
    private static ExtractionResult readWithinDeadline(String text, String what) {
        return assertTimeoutPreemptively(deadline().multipliedBy(RUNAWAY_TIMES), () -> {
            ExtractionResult[] result = new ExtractionResult[1];
            Duration spent = threadTime(() -> result[0] = EXTRACTOR.extract(text));
            assertThat(spent).as("time spent reading %s, against %s for ordinary news of %d characters", what, Yardstick.NEWS, LIMIT)
                    .isLessThanOrEqualTo(deadline());
            return result[0];
        }, what);
    }

    private static Duration deadline() {
        Duration scaled = Yardstick.NEWS.multipliedBy(TIMES_NEWS);
        return scaled.compareTo(AT_LEAST) > 0 ? scaled : AT_LEAST;
    }

    private static Duration threadTime(Runnable work) {
        long start = THREADS.getCurrentThreadCpuTime();
        work.run();
        return Duration.ofNanos(THREADS.getCurrentThreadCpuTime() - start);
    }

    /** Pieces made from their number, one after another, up to the largest size. */
    private static String fill(IntFunction<String> piece) {
        StringBuilder text = new StringBuilder(LIMIT + 100);
        for (int i = 0; text.length() < LIMIT; i++) {
            text.append(piece.apply(i));
        }
        return text.substring(0, LIMIT);
    }

    /** A different lower-case word for every number: "a", "b", ..., "ba", "bb". */
    private static String word(int number) {
        StringBuilder word = new StringBuilder();
        for (int rest = number; rest > 0 || word.length() == 0; rest /= 26) {
            word.insert(0, (char) ('a' + rest % 26));
        }
        return word.toString();
    }

    private static String fill(String unit) {
        return fill(unit, LIMIT);
    }

    /** {@code unit} over and over, cut at {@code length} characters. */
    private static String fill(String unit, int length) {
        return unit.repeat(length / unit.length() + 1).substring(0, length);
    }
}
