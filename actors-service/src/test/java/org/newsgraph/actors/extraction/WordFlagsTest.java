package org.newsgraph.actors.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordFlagsTest {

    @Test
    void aWordKeepsEveryFlagItWasGivenAndNoOther() {
        WordFlags words = new WordFlags();
        words.add("bank", 1);
        words.add("bank", 4);

        assertThat(words.flags("bank")).isEqualTo(5);
        assertThat(words.has("bank", 2)).isFalse();
    }

    @Test
    void wordsAreTheirExactCharacters() {
        WordFlags words = new WordFlags();
        words.add("London", 4);

        assertThat(words.flags("london")).isZero();
        assertThat(words.flags("Londo")).isZero();
        assertThat(words.flags("")).isZero();
    }

    @Test
    void everyWordOfALargeListIsFoundAfterTheTableGrows() {
        WordFlags words = new WordFlags();
        for (int k = 0; k < 500_000; k++) {
            words.add("word" + k, 1 << (k % 6));
        }

        for (int k = 0; k < 500_000; k++) {
            assertThat(words.flags("word" + k)).isEqualTo(1 << (k % 6));
        }
        for (int k = 500_000; k < 600_000; k++) {
            assertThat(words.flags("word" + k)).isZero();
        }
    }
}
