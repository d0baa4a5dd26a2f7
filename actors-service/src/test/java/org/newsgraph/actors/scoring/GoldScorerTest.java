package org.newsgraph.actors.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class GoldScorerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ANSWER = """
            {"actors": [{"name": "Ana Ruiz", "type": "PERSON", "aliases": [], "mentions": []},
                        {"name": "Acme", "type": "ORGANIZATION", "aliases": [], "mentions": []}],
             "quotes": [{"speaker": "Ana Ruiz", "text": "We are ready for the storm season", "start": 0, "end": 10}]}""";

    @Test
    void countsActorsAndQuotesAgainstTheGold() throws Exception {
        GoldScorer.Counts counts = GoldScorer.score(json("""
                {"actors": [{"name": "Ana Ruiz", "type": "PERSON"}, {"name": "Miami", "type": "LOCATION"}],
                 "quotes": [{"speaker": "Ana Ruiz", "starts_with": "We are ready"}]}"""), json(ANSWER));

        assertThat(counts.tp).isEqualTo(1);
        assertThat(counts.fp).isEqualTo(1);
        assertThat(counts.fn).isEqualTo(1);
        assertThat(counts.recallHit).isEqualTo(1);
        assertThat(counts.precisionTotal).isEqualTo(1);
    }

    @Test
    void aFileWithoutQuoteAnnotationsCountsForActorsOnly() throws Exception {
        GoldScorer.Counts counts = GoldScorer.score(json("""
                {"quotes_annotated": false, "actors": [{"name": "Ana Ruiz", "type": "PERSON"}]}"""), json(ANSWER));

        assertThat(counts.tp).isEqualTo(1);
        assertThat(counts.precisionTotal).isZero();
        assertThat(counts.recallTotal).isZero();
    }

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }
}
