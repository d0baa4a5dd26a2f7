package org.newsgraph.actors.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LexiconTest {

    private static Lexicon lexicon;

    @BeforeAll
    static void load() {
        lexicon = Lexicon.load();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            plural                | floods         | true
            British spelling      | organisation   | true
            rarer adjective       | scandalous     | true
            plural of a role      | commissioners  | true
            a surname             | zhenmin        | false
            """)
    void knowsCommonEnglishWords(String behaviour, String word, boolean common) {
        assertThat(lexicon.isCommon(word)).isEqualTo(common);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a faith       | Buddhism | true
            a common word | Floods   | false
            """)
    void knowsWordsWrittenOnlyWithACapital(String behaviour, String word, boolean proper) {
        assertThat(lexicon.isProper(word)).isEqualTo(proper);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ACME     | X
            Acme     | Xx
            U.S.     | X.X.
            Jae-sung | Xx-x
            McDonald | XxXx
            """)
    void shapesFoldRepeats(String word, String shape) {
        assertThat(ActorFeatures.shape(word)).isEqualTo(shape);
    }
}
