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
            -ised         | criticised | criticized
            -ysed         | analysed   | analyzed
            -lled         | cancelled  | canceled
            -our          | favoured   | favored
            -tre          | centre     | center
            -ence         | defence    | defense
            American      | criticized | criticized
            no British ending | said     | said
            """)
    void knowsBritishSpellingsByTheirAmericanOnes(String behaviour, String british, String american) {
        assertThat(Lexicon.american(british)).isEqualTo(american);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            criticised
            cancelled
            apologised
            """)
    void knowsBritishPastTensesAsVerbs(String word) {
        assertThat(lexicon.canBeFiniteVerb(word)).isTrue();
        assertThat(lexicon.onlyNoun(word)).isFalse();
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
            a word of every day          | bank    | true  | true
            a British one of every day   | colour  | true  | true
            a rarer word, also a surname | sanders | true  | false
            no English word              | oaxaca  | false | false
            """)
    void tellsEverydayWordsFromRarerOnes(String behaviour, String word, boolean common, boolean everyday) {
        assertThat(lexicon.isCommon(word)).isEqualTo(common);
        assertThat(lexicon.isEveryday(word)).isEqualTo(everyday);
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
