package org.newsgraph.articles.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.articles.ArticleProblems;

class RevisionTagTest {

    private static final String TAG = RevisionTag.of(3, "{\"title\":\"Talks\"}".getBytes(StandardCharsets.UTF_8));

    @Test
    void anArticlesTagNamesItsRevisionAndTheBytesSent() {
        assertThat(TAG).matches("\"r3-[0-9a-f]{16}\"");
        assertThat(RevisionTag.of(3, "{\"title\":\"Talks\"}".getBytes(StandardCharsets.UTF_8))).isEqualTo(TAG);
        assertThat(RevisionTag.of(3, "{\"title\":\"Talks\",\"actors\":[]}".getBytes(StandardCharsets.UTF_8))).isNotEqualTo(TAG);
    }

    @Test
    void ifNoneMatchNamesTheCurrentTagByWeakComparison() {
        assertThat(RevisionTag.isCurrent(TAG, TAG)).isTrue();
        assertThat(RevisionTag.isCurrent("W/" + TAG, TAG)).isTrue();
        assertThat(RevisionTag.isCurrent("\"r2\", " + TAG, TAG)).isTrue();
        assertThat(RevisionTag.isCurrent("*", TAG)).isTrue();
        assertThat(RevisionTag.isCurrent("\"r3\"", TAG)).isFalse();
        assertThat(RevisionTag.isCurrent("\"r3-0000000000000000\"", TAG)).isFalse();
        assertThat(RevisionTag.isCurrent(null, TAG)).isFalse();
        assertThat(RevisionTag.isCurrent(" ", TAG)).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\"r3\"                    | 3",
            "W/\"r3\"                  | 3",
            "\"r3-5f2c9a0b1d4e7f60\"   | 3",
            "W/\"r12-5f2c9a0b1d4e7f60\" | 12"})
    void ifMatchNamesTheRevisionWhicheverTagOfItIsSent(String ifMatch, int revision) {
        assertThat(RevisionTag.required(ifMatch)).isEqualTo(revision);
    }

    @ParameterizedTest
    @CsvSource({"r3", "\"3\"", "\"r3-xyz\"", "\"r3-5f2c\""})
    void anyOtherIfMatchIsRefused(String ifMatch) {
        assertThatThrownBy(() -> RevisionTag.required(ifMatch)).isInstanceOf(ArticleProblems.InvalidContent.class);
    }
}
