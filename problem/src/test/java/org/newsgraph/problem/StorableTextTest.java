package org.newsgraph.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StorableTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "Talks resume in Cairo", "Netanyahu \u05e0\u05ea\u05e0\u05d9\u05d4\u05d5", "emoji \ud83d\udcf0 paired", "tab\tand\nnewline"})
    void acceptsAnyTextWithoutNulOrHalfSurrogates(String text) {
        assertThat(StorableText.problemWith(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "a\u0000b | holds NUL (U+0000) at index 1",
            "\ud800 | holds half of a surrogate pair (U+D800) at index 0",
            "ok\udc00 | holds half of a surrogate pair (U+DC00) at index 2",
            "\ud83d\udcf0\ud83d | holds half of a surrogate pair (U+D83D) at index 2"})
    void saysWhereTextCannotBeStored(String text, String why) {
        assertThat(StorableText.problemWith(text)).contains(why);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b", "x\ud800"})
    void refusesUnstorableTextWith400NamingIt(String text) {
        assertThatThrownBy(() -> StorableText.require("Field 'alias'", text))
                .isInstanceOfSatisfying(StorableText.Unstorable.class, problem -> {
                    assertThat(problem.status()).isEqualTo(400);
                    assertThat(problem.getMessage()).startsWith("Field 'alias' holds");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b", "\u0000"})
    void refusesNulInAPlainTextBody(String text) {
        assertThatThrownBy(() -> TextBodies.utf8(text.getBytes(StandardCharsets.UTF_8), 1000))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.status()).isEqualTo(400);
                    assertThat(problem.getMessage()).startsWith("The body holds NUL (U+0000)");
                });
    }
}
