package org.newsgraph.articles.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.articles.search.Embargoes;
import org.newsgraph.articles.search.SearchRequest;
import org.newsgraph.articles.search.Sort;
import org.newsgraph.problem.QueryParameters.InvalidQuery;

class SearchParametersTest {

    private static final SearchParameters.Bounds BOUNDS = new SearchParameters.Bounds(20, 100, 10, 100, 3);

    private static SearchParameters parameters(String q, String sort) {
        return new SearchParameters(q, null, null, null, null, null, null, null, sort, null, null, null, null, null);
    }

    private static SearchRequest read(SearchParameters parameters) {
        return parameters.read("partner-agency", Embargoes.none(), BOUNDS);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
            "ceasefire, -,         RELEVANCE",
            "ceasefire, relevance, RELEVANCE",
            "ceasefire, newest,    NEWEST",
            "ceasefire, oldest,    OLDEST",
            "-,         -,         NEWEST",
            "-,         newest,    NEWEST",
            "-,         oldest,    OLDEST"})
    void theOrderIsRelevanceWithWordsAndTheNewestFirstWithout(String q, String sort, Sort expected) {
        assertThat(read(parameters(q, sort)).sort()).isEqualTo(expected);
    }

    @Test
    void relevanceWithoutWordsIsRefused() {
        assertThatThrownBy(() -> read(parameters(null, "relevance"))).isInstanceOf(InvalidQuery.class)
                .hasMessage("sort=relevance needs words to rank by in q; without them, sort by newest or oldest.");
    }

    @Test
    void anUnknownOrderIsRefusedNamingTheKnownOnes() {
        assertThatThrownBy(() -> read(parameters("talks", "date"))).isInstanceOf(InvalidQuery.class)
                .hasMessage("sort must be one of relevance, newest, oldest, not 'date'.");
    }

    @Test
    void facetsAreRepeatedOrCommaSeparatedAndSized() {
        SearchRequest request = read(new SearchParameters(null, null, null, null, null, null, null, null, null, null, null,
                List.of("actors,sources", "languages"), "5", null));
        assertThat(request.facets()).isEqualTo(Set.of(SearchRequest.Facet.ACTORS, SearchRequest.Facet.SOURCES, SearchRequest.Facet.LANGUAGES));
        assertThat(request.facetSize()).isEqualTo(5);
        assertThat(read(parameters(null, null)).facetSize()).isEqualTo(10);
    }

    @Test
    void publicationDaysAreAFacetToo() {
        SearchRequest request = read(new SearchParameters(null, null, null, null, null, null, null, null, null, null, null,
                List.of("days,sources"), "3", null));
        assertThat(request.facets()).isEqualTo(Set.of(SearchRequest.Facet.DAYS, SearchRequest.Facet.SOURCES));
    }

    @Test
    void aHitHasEveryFieldUnlessSomeAreAskedFor() {
        assertThat(read(parameters(null, null)).fields().names()).containsExactlyInAnyOrder("id", "revision", "title", "snippet", "dateline",
                "source", "byline", "language", "status", "embargoed", "publishedAt", "rank", "tags");
        SearchRequest request = read(new SearchParameters(null, null, null, null, null, null, null, null, null, null, null, null, null,
                List.of("id,title", "publishedAt")));
        assertThat(request.fields().names()).containsExactlyInAnyOrder("id", "title", "publishedAt");
    }

    @Test
    void unknownFieldsAreRefusedNamingThemAndTheFieldsAHitHas() {
        assertThatThrownBy(() -> read(new SearchParameters(null, null, null, null, null, null, null, null, null, null, null, null, null,
                List.of("id,title,body,actors"))))
                .isInstanceOf(InvalidQuery.class)
                .hasMessage("Unknown fields 'body', 'actors' in fields; a hit has id, revision, title, snippet, dateline, source, byline, "
                        + "language, status, embargoed, publishedAt, rank, tags.");
    }

    @Test
    void anUnknownFacetOrSizeIsRefused() {
        assertThatThrownBy(() -> read(new SearchParameters(null, null, null, null, null, null, null, null, null, null, null, List.of("actors,people"), null, null)))
                .isInstanceOf(InvalidQuery.class).hasMessage("facets must be one of actors, sources, languages, days, not 'people'.");
        assertThatThrownBy(() -> read(new SearchParameters(null, null, null, null, null, null, null, null, null, null, null, List.of("actors"), "0", null)))
                .isInstanceOf(InvalidQuery.class).hasMessage("facet-size must be a whole number between 1 and 100, not '0'.");
    }

    @Test
    void ownerMeIsTheSearcher() {
        SearchRequest mine = read(new SearchParameters(null, null, null, null, null, "me", null, null, null, null, null, null, null, null));
        assertThat(mine.owner()).contains("partner-agency");
        SearchRequest theirs = read(new SearchParameters(null, null, null, null, null, "alice", null, null, null, null, null, null, null, null));
        assertThat(theirs.owner()).contains("alice");
    }

    @Test
    void everyActorIsKeptAndTooManyAreRefused() {
        SearchRequest request = read(new SearchParameters(null, List.of("Donald Trump", " Bibi "), null, null, null, null, null, null, null, null,
                null, null, null, null));
        assertThat(request.actors()).containsExactly("Donald Trump", "Bibi");
        assertThatThrownBy(() -> read(new SearchParameters(null, List.of("a", "b", "c", "d"), null, null, null, null, null, null, null, null, null,
                null, null, null))).isInstanceOf(InvalidQuery.class).hasMessage("actor is given 4 times; a search takes at most 3 actors.");
    }

    @Test
    void aLanguageMustBeALanguageTag() {
        assertThat(read(new SearchParameters(null, null, null, null, "pt-BR", null, null, null, null, null, null, null, null, null)).language())
                .contains("pt-BR");
        assertThatThrownBy(() -> read(new SearchParameters(null, null, null, null, "english!", null, null, null, null, null, null, null, null, null)))
                .isInstanceOf(InvalidQuery.class).hasMessage("language must be a BCP 47 language tag such as en or pt-BR.");
    }
}
