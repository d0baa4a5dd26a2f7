package org.newsgraph.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import jakarta.ws.rs.QueryParam;

class QueryParametersTest {

    private static final Map<String, Boolean> SEARCH = Map.of("q", false, "limit", false, "tag", true);

    @ParameterizedTest
    @CsvSource({"'', 20", "' ', 20", "1, 1", "100, 100", "' 7 ', 7"})
    void readsAPageSize(String given, int size) {
        assertThat(QueryParameters.limit(given, 20, 100)).isEqualTo(size);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "0", "101", "-1", "1.5", "99999999999", "1e2"})
    void refusesAPageSizeThatIsNotAWholeNumberInRangeWith400(String given) {
        assertThatThrownBy(() -> QueryParameters.limit(given, 20, 100))
                .isInstanceOf(QueryParameters.InvalidQuery.class)
                .hasMessage("limit must be a whole number between 1 and 100, not '" + given + "'.");
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {"null, false", "'', false", "false, false", "true, true", "' true ', true"})
    void readsASwitch(String given, boolean on) {
        assertThat(QueryParameters.flag("provisional", given)).isEqualTo(on);
    }

    @ParameterizedTest
    @ValueSource(strings = {"yes", "1", "TRUE", "on"})
    void refusesASwitchThatIsNeitherTrueNorFalseWith400(String given) {
        assertThatThrownBy(() -> QueryParameters.flag("provisional", given))
                .isInstanceOf(QueryParameters.InvalidQuery.class)
                .hasMessage("provisional must be true or false, not '" + given + "'.");
    }

    @Test
    void refusesAnUnknownParameterNamingWhatTheOperationTakes() {
        assertThatThrownBy(() -> QueryParameters.requireTaken(Map.of("limt", List.of("5")), SEARCH))
                .isInstanceOf(QueryParameters.InvalidQuery.class)
                .hasMessage("Unknown query parameter 'limt'; this operation takes limit, q, tag.");
        assertThatThrownBy(() -> QueryParameters.requireTaken(Map.of("q", List.of("x")), Map.of()))
                .hasMessage("Unknown query parameter 'q'; this operation takes none.");
    }

    @Test
    void refusesSeveralUnknownParametersNamingEveryOne() {
        assertThatThrownBy(() -> QueryParameters.requireTaken(Map.of("order-by", List.of("newest"), "q", List.of("x"), "fields", List.of("title")), SEARCH))
                .isInstanceOf(QueryParameters.InvalidQuery.class)
                .hasMessage("Unknown query parameters 'fields', 'order-by'; this operation takes limit, q, tag.");
    }

    @Test
    void refusesAParameterTakenOnceGivenTwice() {
        assertThatThrownBy(() -> QueryParameters.requireTaken(Map.of("limit", List.of("5", "50")), SEARCH))
                .hasMessage("limit is given 2 times; give it once.");
        assertThatCode(() -> QueryParameters.requireTaken(Map.of("tag", List.of("a", "b")), SEARCH)).doesNotThrowAnyException();
    }

    @Test
    void refusesNulInAQueryValueNamingTheParameter() {
        assertThatThrownBy(() -> QueryParameters.requireTaken(Map.of("q", List.of("a\u0000b")), SEARCH))
                .isInstanceOfSatisfying(QueryParameters.InvalidQuery.class, problem -> assertThat(problem.status()).isEqualTo(400))
                .hasMessageStartingWith("Query parameter q holds NUL (U+0000) at index 1");
    }

    @Test
    void showsAClientsNameBackPrintableAndShort() {
        assertThat(QueryParameters.quoted("a\u0000\r\nb")).isEqualTo("'a\\u0000\\u000d\\u000ab'");
        assertThat(QueryParameters.quoted("x".repeat(100))).isEqualTo("'" + "x".repeat(60) + "…'");
    }

    @Test
    void readsTheParametersAResourceMethodDeclares() throws NoSuchMethodException {
        class Resource {
            @SuppressWarnings("unused")
            void search(@QueryParam("q") String text, @QueryParam("tag") List<String> tags, String body) {
            }
        }
        assertThat(TakenQueryParameters.declaredBy(Resource.class.getDeclaredMethod("search", String.class, List.class, String.class)))
                .containsExactly(Map.entry("q", false), Map.entry("tag", true));
    }
}
