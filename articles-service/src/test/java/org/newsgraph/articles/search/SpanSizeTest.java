package org.newsgraph.articles.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpanSizeTest {

    @ParameterizedTest(name = "{0} articles are looked among as {1}")
    @CsvSource({"1, 1", "9, 9", "17, 18", "100, 104", "1000, 1024", "40001, 40960", "123457, 131072"})
    void aSpanIsRoundedUpToItsFourLeadingBits(long articles, long span) {
        assertThat(ArticleSearch.roundedUp(articles)).isEqualTo(span);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"1", "3", "999", "65537", "1000003"})
    void aRoundedSpanHoldsAllItWasAskedForAndAtMostAnEighthMore(long articles) {
        long span = ArticleSearch.roundedUp(articles);
        assertThat(span).isBetween(articles, articles + articles / 8);
    }
}
