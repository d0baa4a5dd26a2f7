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
