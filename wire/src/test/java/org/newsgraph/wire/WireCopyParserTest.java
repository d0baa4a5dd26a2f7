package org.newsgraph.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class WireCopyParserTest {

    private final WireCopyParser parser = new WireCopyParser();

    private static String story(String text, WireCopy copy) {
        return text.substring(copy.storyStart(), copy.storyEnd());
    }

    @Nested
    class Datelines {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
                # text                                                             | place                  | date    | year | agency         | story begins with
                WASHINGTON — US President Donald Trump said on Tuesday.            | WASHINGTON             |         |      |                | US President
                WASHINGTON (AP) — The Senate passed the bill.                      | WASHINGTON             |         |      | AP             | The Senate
                GAZA CITY, Oct 7 (Reuters) - Israeli strikes hit the city.         | GAZA CITY              | --10-07 |      | Reuters        | Israeli strikes
                LONDON, Jan 3 (AP) — Britain's economy grew.                       | LONDON                 | --01-03 |      | AP             | Britain's
                BEIJING: China reported growth of 5.2 percent.                     | BEIJING                |         |      |                | China reported
                NEW DELHI, March 12 (Reuters) - India's exports rose.              | NEW DELHI              | --03-12 |      | Reuters        | India's
                PARIS (AFP) - France named a new prime minister.                   | PARIS                  |         |      | AFP            | France named
                KYIV, Ukraine (AP) — Russian drones struck the capital.            | KYIV, Ukraine          |         |      | AP             | Russian drones
                UNITED NATIONS (AP) — The Security Council met.                    | UNITED NATIONS         |         |      | AP             | The Security
                Washington, DC — Lawmakers returned to the Capitol.                | Washington, DC         |         |      |                | Lawmakers
                JERUSALEM, Oct. 7 — Sirens sounded across the city.                | JERUSALEM              | --10-07 |      |                | Sirens
                BRUSSELS, 12 March 2025 (AFP) – European ministers met.            | BRUSSELS               | --03-12 | 2025 | AFP            | European
                BEIJING, March 3 (Xinhua) -- China's top legislature opened.       | BEIJING                | --03-03 |      | Xinhua         | China's
                SHARM EL-SHEIKH, Egypt (AP) — Negotiators arrived.                 | SHARM EL-SHEIKH, Egypt |         |      | AP             | Negotiators
                São Paulo, March 3 (Reuters) - Brazil's currency fell.             | São Paulo              | --03-03 |      | Reuters        | Brazil's
                SÃO PAULO (Reuters) - Brazil's central bank held rates.            | SÃO PAULO              |         |      | Reuters        | Brazil's
                NEW YORK, Sept. 5 (AP) — Stocks rose.                              | NEW YORK               | --09-05 |      | AP             | Stocks
                BERLIN (dpa) - Germany's cabinet met.                              | BERLIN                 |         |      | dpa            | Germany's
                WASHINGTON, March 12, 2025 (Reuters) - The Fed held rates.         | WASHINGTON             | --03-12 | 2025 | Reuters        | The Fed
                ST. LOUIS (AP) — A jury reached a verdict.                         | ST. LOUIS              |         |      | AP             | A jury
                RIO DE JANEIRO, Brazil (AP) — Heavy rain fell.                     | RIO DE JANEIRO, Brazil |         |      | AP             | Heavy rain
                Sharm el-Sheikh, Oct 8 (AFP) - Talks resumed.                      | Sharm el-Sheikh        | --10-08 |      | AFP            | Talks
                Frankfurt am Main (Reuters) - The Bundesbank warned.               | Frankfurt am Main      |         |      | Reuters        | The Bundesbank
                TOKYO—Japan's ruling party chose a leader.                         | TOKYO                  |         |      |                | Japan's
                CAIRO, OCT 7 (Reuters) - Egypt hosted the talks.                   | CAIRO                  | --10-07 |      | Reuters        | Egypt
                GAZA CITY (Reuters)- Israeli tanks advanced.                       | GAZA CITY              |         |      | Reuters        | Israeli tanks
                WASHINGTON, D.C. — The city council voted.                         | WASHINGTON, D.C.       |         |      |                | The city
                ANKARA, 7 October (Anadolu) – Turkey offered to mediate.           | ANKARA                 | --10-07 |      | Anadolu        | Turkey
                LONDON, Oct 9 (Reuters Health) - A new study found.                | LONDON                 | --10-09 |      | Reuters Health | A new study
                DOHA, 21st May (AFP) - Qatar said talks would resume.              | DOHA                   | --05-21 |      | AFP            | Qatar
                """)
        void readsPlaceDateAndAgencyOfEachDatelineStyle(
                String text, String place, String date, Integer year, String agency, String storyBegins) {
            WireCopy copy = parser.parse(text);

            assertThat(copy.dateline()).hasValueSatisfying(dateline -> {
                assertThat(dateline.place()).isEqualTo(place);
                assertThat(dateline.date()).isEqualTo(Optional.ofNullable(date).map(MonthDay::parse));
                assertThat(dateline.year()).isEqualTo(Optional.ofNullable(year).map(Year::of));
                assertThat(dateline.agency()).isEqualTo(Optional.ofNullable(agency));
            });
            assertThat(text.substring(copy.storyStart())).startsWith(storyBegins);
        }

        @Test
        void readsReutersDatelineWithDateAndAgency() {
            String text = "GAZA CITY, Oct 7 (Reuters) - Israeli strikes killed 20 people, medics said.";

            WireCopy copy = parser.parse(text);

            assertThat(copy.dateline()).contains(new Dateline(
                    "GAZA CITY", Optional.of(MonthDay.of(10, 7)), Optional.empty(), Optional.of("Reuters")));
            assertThat(story(text, copy)).isEqualTo("Israeli strikes killed 20 people, medics said.");
        }

        @Test
        void fullDateIsAvailableOnlyWhenTheYearIsGiven() {
            Dateline withYear = parser.parse("BRUSSELS, 12 March 2025 (AFP) – Ministers met.").dateline().orElseThrow();
            Dateline withoutYear = parser.parse("BRUSSELS, 12 March (AFP) – Ministers met.").dateline().orElseThrow();

            assertThat(withYear.localDate()).contains(LocalDate.of(2025, 3, 12));
            assertThat(withoutYear.localDate()).isEmpty();
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
                "CAIRO, Feb 30 (Reuters) - Egypt said the talks would resume.",
                "BRUSSELS, 29 February 2025 (AFP) - Ministers met."})
        void impossibleDateIsDroppedButTheDatelineKept(String text) {
            Dateline dateline = parser.parse(text).dateline().orElseThrow();

            assertThat(dateline.place()).isIn("CAIRO", "BRUSSELS");
            assertThat(dateline.date()).isEmpty();
            assertThat(dateline.year()).isEmpty();
            assertThat(dateline.agency()).isPresent();
        }

        static Stream<String> sentenceStarts() {
            return Stream.of(
                    "Officials — speaking on condition of anonymity — said the talks had stalled.",
                    "Yesterday - the market fell 3.5 per cent.",
                    "Meanwhile: investors waited for the Fed.",
                    "Trump: I will meet Putin next week.",
                    "Israel (and its allies) — said nothing.",
                    "Hamas (Islamic Resistance Movement) — which runs Gaza — said it would respond.",
                    "São Paulo — the largest city in Brazil — flooded.",
                    "Mr. Smith - a former envoy - said no.",
                    "The talks in WASHINGTON — the capital — stalled.",
                    "WASHINGTON-based lobbyists said the rule would fail.",
                    "WASHINGTON\n— Lawmakers returned.",
                    "I — like many others — waited for news.",
                    "US — China trade talks resumed.",
                    "BREAKING: Ceasefire agreed in Gaza.",
                    "EXCLUSIVE - Ceasefire talks stall.",
                    "EDITOR'S NOTE — This story contains graphic details.",
                    "Talks resumed in Cairo on Tuesday.");
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("sentenceStarts")
        void sentenceStartIsNotADateline(String text) {
            WireCopy copy = parser.parse(text);

            assertThat(copy.dateline()).isEmpty();
            assertThat(copy.storyStart()).isZero();
        }
    }

    @Nested
    class Credits {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
                # text                                               | source
                Talks resumed in Cairo. — Agencies                   | Agencies
                Talks resumed in Cairo. - AFP                        | AFP
                Talks resumed in Cairo. — Reuters                    | Reuters
                Talks resumed in Cairo. — The Associated Press       | The Associated Press
                Talks resumed in Cairo. -- Xinhua                    | Xinhua
                Talks resumed in Cairo. – AFP/Reuters                | AFP/Reuters
                Talks resumed in Cairo. — Staff and agencies         | Staff and agencies
                Talks resumed in Cairo. — Agencies.                  | Agencies
                Talks resumed in Cairo.—Agencies                     | Agencies
                Talks resumed in Cairo. — Agence France-Presse       | Agence France-Presse
                Talks resumed in Cairo.  —  AP                       | AP
                """)
        void dashCreditNamesTheSource(String text, String source) {
            WireCopy copy = parser.parse(text);

            assertThat(copy.credit()).hasValueSatisfying(credit -> {
                assertThat(credit.source()).contains(source);
                assertThat(credit.byline()).isEmpty();
            });
            assertThat(story(text, copy)).isEqualTo("Talks resumed in Cairo.");
        }

        @Test
        void reportingByBlockGivesBylineAndNoSource() {
            String text = "Talks resumed in Cairo.\n(Reporting by Jane Doe in Gaza; Editing by John Smith)";

            WireCopy copy = parser.parse(text);

            assertThat(copy.credit()).contains(new Credit(
                    Optional.empty(), List.of("Jane Doe"), List.of(), List.of(), List.of("John Smith")));
            assertThat(story(text, copy)).isEqualTo("Talks resumed in Cairo.");
        }

        @Test
        void theCopyNamesItsSourceBylineAndDay() {
            WireCopy copy = parser.parse("GAZA CITY, Oct 7 (Reuters) - Talks resumed. (Reporting by Jane Doe and Ali Omar)");

            assertThat(copy.source()).contains("Reuters");
            assertThat(copy.byline()).contains("Jane Doe, Ali Omar");
            assertThat(copy.datelineDate()).contains("--10-07");
            assertThat(parser.parse("Talks resumed in Cairo. — AFP").byline()).isEmpty();
        }

        @Test
        void aDatelineIsFoundWhereAParagraphOpensAfterAHeadline() {
            String text = "Record falls in Berlin\n\nBERLIN (Reuters) — A runner won.\n\nNATO (the alliance) said so.";

            assertThat(WireCopyParser.datelineEnd(text, text.indexOf("BERLIN"))).isEqualTo(text.indexOf(" A runner"));
            assertThat(WireCopyParser.datelineEnd(text, text.indexOf("NATO"))).isEqualTo(-1);
            assertThat(WireCopyParser.datelineEnd(text, 0)).isEqualTo(-1);
            assertThat(WireCopyParser.datelineEnd(text, text.length())).isEqualTo(-1);
        }

        @Test
        void anyTextIsReadAsWireCopyAndADatelineAloneIsAllStory() {
            assertThat(parser.parseAny("GAZA CITY, Oct 7 (Reuters) - Talks resumed.").source()).contains("Reuters");
            WireCopy datelineOnly = parser.parseAny("GAZA CITY, Oct 7 (Reuters) -");
            assertThat(datelineOnly.dateline()).isEmpty();
            assertThat(datelineOnly.story()).isEqualTo(new Story(0, "GAZA CITY, Oct 7 (Reuters) -".length()));
            assertThatIllegalArgumentException().isThrownBy(() -> parser.parseAny(" \n "));
        }

        @Test
        void reportingByBlockTakesTheDatelineAgencyAsSource() {
            String text = "GAZA CITY, Oct 7 (Reuters) - Talks resumed. (Reporting by Jane Doe; Editing by John Smith)";

            Credit credit = parser.parse(text).credit().orElseThrow();

            assertThat(credit.source()).contains("Reuters");
            assertThat(credit.byline()).containsExactly("Jane Doe");
        }

        @Test
        void dashCreditOutranksTheDatelineAgency() {
            Credit credit = parser.parse("PARIS (AFP) - Talks resumed. — Agencies").credit().orElseThrow();

            assertThat(credit.source()).contains("Agencies");
        }

        static Stream<Arguments> reportingBlocks() {
            return Stream.of(
                    arguments("(Reporting by Jane Doe in Gaza; Editing by John Smith)",
                            List.of("Jane Doe"), List.of(), List.of(), List.of("John Smith")),
                    arguments("(Reporting by Nidal al-Mughrabi and Maayan Lubell; additional reporting by Andrew Mills;"
                                    + " Writing by Michael Georgy; Editing by Alison Williams)",
                            List.of("Nidal al-Mughrabi", "Maayan Lubell"), List.of("Andrew Mills"),
                            List.of("Michael Georgy"), List.of("Alison Williams")),
                    arguments("(Reporting by Jane Doe in Gaza and John Roe in Cairo; Editing by Sam Holmes)",
                            List.of("Jane Doe", "John Roe"), List.of(), List.of(), List.of("Sam Holmes")),
                    arguments("(Reporting by Jane Doe in Port of Spain, Trinidad and Tobago, and John Roe in Caracas;"
                                    + " Editing by Sam Holmes)",
                            List.of("Jane Doe", "John Roe"), List.of(), List.of(), List.of("Sam Holmes")),
                    arguments("(Reporting by Jane Doe in Gaza and John Roe; Editing by Sam Holmes)",
                            List.of("Jane Doe", "John Roe"), List.of(), List.of(), List.of("Sam Holmes")),
                    arguments("(Reporting by Jane Doe, John Roe, and Ann Poe in Washington Editing by Sam Holmes)",
                            List.of("Jane Doe", "John Roe", "Ann Poe"), List.of(), List.of(), List.of("Sam Holmes")),
                    arguments("(Reporting and writing by Jane Doe; Editing by John Smith)",
                            List.of("Jane Doe"), List.of(), List.of("Jane Doe"), List.of("John Smith")),
                    arguments("(Writing by Jane Doe; Editing by John Smith and Sam Holmes)",
                            List.of(), List.of(), List.of("Jane Doe"), List.of("John Smith", "Sam Holmes")),
                    arguments("(Reporting By Jane Doe\nin Gaza; editing by John Smith)",
                            List.of("Jane Doe"), List.of(), List.of(), List.of("John Smith")),
                    arguments("(Reporting by Jane Doe & John Roe; Editing by Sam Holmes.)",
                            List.of("Jane Doe", "John Roe"), List.of(), List.of(), List.of("Sam Holmes")));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("reportingBlocks")
        void reportingBlockSortsNamesByRole(
                String block, List<String> byline, List<String> additional, List<String> writers, List<String> editors) {
            String text = "Talks resumed in Cairo. " + block;

            WireCopy copy = parser.parse(text);

            assertThat(copy.credit()).contains(new Credit(Optional.empty(), byline, additional, writers, editors));
            assertThat(story(text, copy)).isEqualTo("Talks resumed in Cairo.");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
                "Talks resumed in Cairo.",
                "The envoy left, a well-known figure.",
                "He said the talks would go on - adding that nothing was agreed.",
                "The score was 3 - 1",
                "Israel held its fire - Hamas says talks are over",
                "The talks — and the truce — held.",
                "He was pictured leaving (left)",
                "The figures (Reporting is scarce)",
                "— Agencies"})
        void storyEndingIsNotACredit(String text) {
            WireCopy copy = parser.parse(text);

            assertThat(copy.credit()).isEmpty();
            assertThat(copy.storyEnd()).isEqualTo(text.length());
        }
    }

    @Nested
    class Titles {

        static Stream<Arguments> firstSentences() {
            return Stream.of(
                    arguments("Mr. Smith went to Washington. He met Dr. Jones there.", "Mr. Smith went to Washington."),
                    arguments("The U.S. economy grew 3.5 percent in the quarter. Analysts had expected less.",
                            "The U.S. economy grew 3.5 percent in the quarter."),
                    arguments("J. D. Vance met officials on Jan. 3 in Ohio. Talks went on.",
                            "J. D. Vance met officials on Jan. 3 in Ohio."),
                    arguments("Dr. Jones arrived at 10 a.m. Tuesday in Cairo. Talks began.",
                            "Dr. Jones arrived at 10 a.m. Tuesday in Cairo."),
                    arguments("Apple Inc. said it would cut prices. Shares rose.", "Apple Inc. said it would cut prices."),
                    arguments("\"We won!\" he said. Then he left.", "\"We won!\" he said."),
                    arguments("“It is over,” he said. “We are going home.”", "“It is over,” he said."),
                    arguments("Is peace near? Officials think so.", "Is peace near?"),
                    arguments("Prices rose 3.5%. 2025 will be harder, analysts said.", "Prices rose 3.5%."),
                    arguments("The deal was signed (after weeks of talks). It takes effect today.",
                            "The deal was signed (after weeks of talks)."),
                    arguments("Hamas said it would respond... The group gave no date.", "Hamas said it would respond..."),
                    arguments("The talks resumed on\nTuesday in Cairo. More talks are due.",
                            "The talks resumed on Tuesday in Cairo."),
                    arguments("Ceasefire holds\n\nThe truce between the sides held overnight.", "Ceasefire holds"),
                    arguments("Ceasefire holds\r\n\r\nThe truce held.", "Ceasefire holds"),
                    arguments("Ceasefire holds in Gaza", "Ceasefire holds in Gaza"),
                    arguments("WASHINGTON — The Senate voted 51-49. The House is next.", "The Senate voted 51-49."),
                    arguments("GAZA CITY, Oct 7 (Reuters) - Strikes killed 20 people, medics said.\n"
                                    + "(Reporting by Jane Doe; Editing by John Smith)",
                            "Strikes killed 20 people, medics said."),
                    arguments("Talks resumed in Cairo — Agencies", "Talks resumed in Cairo"));
        }

        @ParameterizedTest(name = "{1}")
        @MethodSource("firstSentences")
        void takesFirstSentenceOfTheStoryAsTitle(String text, String title) {
            assertThat(parser.parse(text).title()).isEqualTo(title);
        }

        @Test
        void shortensALongFirstSentenceAtAWordBoundary() {
            String sentence = "Negotiators from Israel and Hamas met again in the Egyptian resort town on Wednesday"
                    + " to discuss the release of hostages, the withdrawal of troops, the entry of aid and the"
                    + " future governance of the enclave after two years of war that have reshaped the region.";
            WireCopy copy = new WireCopyParser(120).parse(sentence + " More talks are due.");

            assertThat(copy.title()).hasSizeLessThanOrEqualTo(120).endsWith("…");
            String kept = copy.title().substring(0, copy.title().length() - 1);
            assertThat(sentence).startsWith(kept);
            assertThat(sentence.charAt(kept.length())).isEqualTo(' ');
        }

        @Test
        void cutsAWordLongerThanTheLimit() {
            String title = parser.parse("x".repeat(500) + ". Next.").title();

            assertThat(title).isEqualTo("x".repeat(WireCopyParser.DEFAULT_MAX_TITLE_LENGTH - 1) + "…");
        }

        @Test
        void prefersTheTitleGivenByTheCaller() {
            WireCopy copy = parser.parse("WASHINGTON — Talks resumed.", "  Gaza talks resume in Egypt \n");

            assertThat(copy.title()).isEqualTo("Gaza talks resume in Egypt");
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "   ", "\n"})
        void blankCallerTitleFallsBackToTheFirstSentence(String title) {
            assertThat(parser.parse("WASHINGTON — Talks resumed. More later.", title).title()).isEqualTo("Talks resumed.");
        }
    }

    @Nested
    class StoryOffsets {

        @Test
        void storyLiesBetweenDatelineAndCredit() {
            String text = "GAZA CITY, Oct 7 (Reuters) - Israeli strikes hit.\nMore follows.\n"
                    + "(Reporting by Jane Doe; Editing by John Smith)\n";

            assertThat(story(text, parser.parse(text))).isEqualTo("Israeli strikes hit.\nMore follows.");
        }

        @Test
        void skipsByteOrderMarkLeadingWhitespaceAndWindowsLineEndings() {
            String text = "\uFEFF \r\n WASHINGTON (AP) — Talks resumed.\r\nMore follows.\r\n\r\n— Agencies\r\n\r\n";

            WireCopy copy = parser.parse(text);

            assertThat(copy.dateline()).map(Dateline::place).contains("WASHINGTON");
            assertThat(copy.credit()).flatMap(Credit::source).contains("Agencies");
            assertThat(story(text, copy)).isEqualTo("Talks resumed.\r\nMore follows.");
            assertThat(copy.title()).isEqualTo("Talks resumed.");
        }

        @Test
        void textWithoutDatelineOrCreditIsAllStory() {
            String text = "  Talks resumed in Cairo.\n\n";

            WireCopy copy = parser.parse(text);

            assertThat(copy.dateline()).isEmpty();
            assertThat(copy.credit()).isEmpty();
            assertThat(copy.storyStart()).isEqualTo(2);
            assertThat(copy.storyEnd()).isEqualTo(text.indexOf('\n'));
        }

        @Test
        void theStoryOfAnyTextIsTheStoryOfItsWireCopy() {
            String text = "KYIV, Ukraine (AP) — Power returned to the city.\n\n— Agencies";

            assertThat(parser.story(text)).isEqualTo(parser.parse(text).story());
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "  \n ", "WASHINGTON —", "WASHINGTON — \n"})
        void aTextWithNoStoryButADatelineIsAllStory(String text) {
            assertThat(parser.story(text)).isEqualTo(new Story(0, text.length()));
        }
    }

    @Nested
    class Robustness {

        @ParameterizedTest
        @ValueSource(strings = {"", "   ", "\r\n\t", "\uFEFF", "\u00A0\u2003"})
        void rejectsBlankText(String text) {
            assertThatIllegalArgumentException().isThrownBy(() -> parser.parse(text)).withMessageContaining("blank");
        }

        @Test
        void rejectsMissingText() {
            assertThatNullPointerException().isThrownBy(() -> parser.parse(null));
        }

        @Test
        void rejectsADatelineWithoutStory() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> parser.parse("GAZA CITY, Oct 7 (Reuters) -  \n"))
                    .withMessageContaining("no story");
        }

        @Test
        void rejectsATitleLimitTooShortForATitle() {
            assertThatIllegalArgumentException().isThrownBy(() -> new WireCopyParser(5));
        }

        static Stream<Arguments> megabyteInputs() {
            return Stream.of(
                    arguments("words without a full stop", "word ".repeat(200_000)),
                    arguments("capital words without a separator", "WASHINGTON ".repeat(100_000) + "—"),
                    arguments("one capital word", "A".repeat(1_000_000) + " —"),
                    arguments("opening parentheses", "(".repeat(1_000_000) + ")"),
                    arguments("spaced hyphens", " -".repeat(500_000)),
                    arguments("initials", "A. ".repeat(350_000)),
                    arguments("short sentences and a credit", "Talks resumed. ".repeat(70_000) + "— Agencies"),
                    arguments("line breaks", "\n".repeat(1_000_000) + "x"),
                    arguments("an endless agency", "GAZA CITY, Oct 7 (" + "Reuters ".repeat(130_000) + ") -"),
                    arguments("an endless credit", "Talks resumed. —" + " Agencies".repeat(110_000)));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("megabyteInputs")
        void parsesAMegabyteQuickly(String shape, String text) {
            assertThat(text.length()).isGreaterThan(900_000);

            WireCopy copy = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> parser.parse(text));

            assertThat(copy.title().length()).isLessThanOrEqualTo(WireCopyParser.DEFAULT_MAX_TITLE_LENGTH);
        }

        @Test
        void oneParserServesManyThreads() throws Exception {
            List<String> texts = List.of(
                    "GAZA CITY, Oct 7 (Reuters) - Talks resumed. (Reporting by Jane Doe; Editing by John Smith)",
                    "WASHINGTON — Mr. Trump spoke. — Agencies",
                    "BRUSSELS, 12 March 2025 (AFP) – Ministers met.",
                    "Officials — speaking privately — said no.");
            List<WireCopy> expected = texts.stream().map(parser::parse).toList();
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Callable<List<WireCopy>>> tasks = new ArrayList<>();
                for (int i = 0; i < 32; i++) {
                    tasks.add(() -> Stream.generate(() -> texts).limit(250).flatMap(List::stream).map(parser::parse).toList());
                }
                for (Future<List<WireCopy>> result : pool.invokeAll(tasks)) {
                    List<WireCopy> copies = result.get();
                    for (int i = 0; i < copies.size(); i++) {
                        assertThat(copies.get(i)).isEqualTo(expected.get(i % texts.size()));
                    }
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Nested
    class Samples {

        @Test
        void readsTheGazaTalksSample() throws IOException {
            String text = resource("/wire/gaza-talks.txt");
            String firstSentence = text.substring("WASHINGTON — ".length(), text.indexOf('\n'));

            WireCopy copy = parser.parse(text);

            assertThat(copy.dateline()).contains(new Dateline("WASHINGTON", Optional.empty(), Optional.empty(), Optional.empty()));
            assertThat(copy.credit()).contains(new Credit(Optional.of("Agencies"), List.of(), List.of(), List.of(), List.of()));
            assertThat(copy.title()).isEqualTo(firstSentence);
            assertThat(story(text, copy))
                    .startsWith("US President Donald Trump said on Tuesday")
                    .endsWith("Egyptian, Qatari, and Turkish mediators.");
        }

        private static String resource(String name) throws IOException {
            try (InputStream in = WireCopyParserTest.class.getResourceAsStream(name)) {
                assertThat(in).as("test resource %s", name).isNotNull();
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }
}
