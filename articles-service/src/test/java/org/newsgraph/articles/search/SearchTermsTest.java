package org.newsgraph.articles.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Snippets mark the words PostgreSQL found only if both reduce words alike, accents taken off: checked against the real
 * database. The
 * two Snowball releases differ on a few words (PostgreSQL reduces "adding" to "ad", the stemmer here to "add").
 */
@QuarkusTest
class SearchTermsTest {

    private static final String HARD_WORDS = "skies dying lying news early only gently generously hostages cities studied "
            + "agreed proceedings Kiev's González naïve 2026 covid19 Mr U.S. ceasefire-related re-election Núñez São Zürich Øresund Élysée "
            + "Straße Łódź Ærø Besançon";

    @Inject
    EntityManager entityManager;

    @Test
    @Transactional
    void wordsReduceAsPostgresqlReducesThem() throws IOException {
        String text = wireStory() + " " + HARD_WORDS;
        List<String> words = Arrays.stream(text.split("[^\\p{L}\\p{N}]+")).filter(word -> !word.isEmpty()).distinct().toList();
        List<?> rows = entityManager.createNativeQuery("select word, array_to_string(tsvector_to_array(to_tsvector('newsgraph_english', word)), ' ') "
                + "from string_to_table(:words, ' ') word").setParameter("words", String.join(" ", words)).getResultList();
        Map<String, String> lexemes = rows.stream().map(Object[].class::cast)
                .filter(row -> !((String) row[1]).isEmpty())
                .collect(Collectors.toMap(row -> (String) row[0], row -> (String) row[1]));

        List<String> differing = lexemes.entrySet().stream()
                .filter(word -> !word.getValue().equals(SearchTerms.ofTsquery("'" + word.getValue() + "'").lexemeOf(word.getKey(), 0, word.getKey().length())))
                .map(word -> word.getKey() + " → " + word.getValue()).toList();
        assertThat(lexemes).hasSizeGreaterThan(150);
        assertThat(differing).as("words reduced otherwise than by PostgreSQL").hasSizeLessThanOrEqualTo(lexemes.size() / 100);
    }

    private static String wireStory() throws IOException {
        try (InputStream in = SearchTermsTest.class.getResourceAsStream("/wire/gaza-talks.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
