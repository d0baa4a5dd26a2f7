package org.newsgraph.articles.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SnippetsTest {

    private static final String LONG_STORY = "Negotiators met in Cairo on Monday. " + filler(40)
            + "The ceasefire proposal would pause the fighting for six weeks. " + filler(40)
            + "Officials said the hostages would be released in stages under the ceasefire. " + filler(40);

    private static String filler(int words) {
        return "word ".repeat(words);
    }

    @Test
    void wordsFoundAreMarkedWhateverTheirEnding() {
        String snippet = Snippets.of("Talks on a ceasefire resumed as the negotiators talked late.",
                SearchTerms.ofTsquery("'ceasefir' & 'talk'"));
        assertThat(snippet).isEqualTo("<mark>Talks</mark> on a <mark>ceasefire</mark> resumed as the negotiators <mark>talked</mark> late.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "Netanyahu's office said no.          | 'netanyahu'   | <mark>Netanyahu</mark>'s office said no.",
            "The 2024 budget and 2025 plans.      | '2024'        | The <mark>2024</mark> budget and 2025 plans.",
            "Covid19 cases rose.                  | 'covid19'     | <mark>Covid19</mark> cases rose.",
            "Officials, officers and an office.   | 'offici'      | <mark>Officials</mark>, officers and an office.",
            "A ceasefire-related pause.           | 'ceasefir'    | A <mark>ceasefire</mark>-related pause.",
            "Zelenskyy met Macron in Élysée.      | 'elyse'       | Zelenskyy met Macron in <mark>Élysée</mark>.",
            "Interview with Ana Núñez today.      | 'nunez'       | Interview with Ana <mark>Núñez</mark> today.",
            "Flights from São Paulo resumed.      | 'sao'         | Flights from <mark>São</mark> Paulo resumed."
    })
    void wordsAreMatchedAsPostgresqlReducesThem(String text, String tsquery, String snippet) {
        assertThat(Snippets.of(text, SearchTerms.ofTsquery(tsquery))).isEqualTo(snippet);
    }

    @Test
    void theArticlesOwnTextIsEscaped() {
        String snippet = Snippets.of("Markets <b>fell</b> & \"bonds\" rallied.", SearchTerms.ofTsquery("'bond'"));
        assertThat(snippet).isEqualTo("Markets &lt;b&gt;fell&lt;/b&gt; &amp; &quot;<mark>bonds</mark>&quot; rallied.");
    }

    @Test
    void twoPassagesFarApartAreJoinedInTheArticlesOrder() {
        String snippet = Snippets.of(LONG_STORY, SearchTerms.ofTsquery("'ceasefir' & 'hostag'"));
        assertThat(snippet).startsWith("… ").endsWith(" …").contains(" … ");
        String[] passages = snippet.substring(2, snippet.length() - 2).split(" … ");
        assertThat(passages).hasSize(2);
        assertThat(passages[0]).contains("The <mark>ceasefire</mark> proposal");
        assertThat(passages[1]).contains("<mark>hostages</mark>").contains("under the <mark>ceasefire</mark>");
        for (String passage : passages) {
            assertThat(passage.split(" ")).hasSizeLessThanOrEqualTo(Snippets.PASSAGE_WORDS);
        }
    }

    @Test
    void passagesHoldingMoreOfTheSearchsWordsAreChosen() {
        // Three places hold words of the search; the one with two of them is shown, then the earlier of the others.
        String snippet = Snippets.of(LONG_STORY, SearchTerms.ofTsquery("'negoti' & 'ceasefir' & 'hostag'"));
        assertThat(snippet).startsWith("<mark>Negotiators</mark> met in Cairo")
                .contains("<mark>hostages</mark> would be released in stages under the <mark>ceasefire</mark>")
                .doesNotContain("proposal");
    }

    @Test
    void withoutAWordFoundTheSnippetIsTheOpening() {
        String snippet = Snippets.of(LONG_STORY, SearchTerms.ofTsquery("'gaza'"));
        assertThat(snippet).startsWith("Negotiators met in Cairo on Monday.").endsWith(" …").doesNotContain("<mark>");
        assertThat(snippet.split(" ")).hasSize(Snippets.PASSAGE_WORDS + 1);
    }

    @Test
    void aShortArticleIsShownWhole() {
        assertThat(Snippets.of("  Rain fell.\n\nThen it stopped.  ", SearchTerms.none())).isEqualTo("Rain fell. Then it stopped.");
        assertThat(Snippets.of("", SearchTerms.none())).isEmpty();
    }
}
