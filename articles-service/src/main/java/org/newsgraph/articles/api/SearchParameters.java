package org.newsgraph.articles.api;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.newsgraph.articles.search.Embargoes;
import org.newsgraph.articles.search.SearchPage;
import org.newsgraph.articles.search.SearchRequest;
import org.newsgraph.articles.search.Sort;
import org.newsgraph.problem.FieldSelection;
import org.newsgraph.problem.QueryParameters;
import org.newsgraph.problem.QueryParameters.InvalidQuery;

/**
 * The query parameters of a search as they were given, read into a search or refused with a problem that names the
 * parameter at fault. Parameters the search does not take are refused before this, by their names.
 */
public record SearchParameters(String q, List<String> actor, String source, String byline, String language, String owner,
        String from, String to, String sort, String cursor, String limit, List<String> facets, String facetSize, List<String> fields) {

    /** What the owner parameter says to mean the searcher's own articles. */
    public static final String ME = "me";

    /** How large a search and its facets may be, from the configuration. */
    public record Bounds(int defaultLimit, int maxLimit, int defaultFacetSize, int maxFacetSize, int maxActors) {
    }

    /**
     * @param searcher the name the searcher files articles under, which {@code owner=me} stands for
     * @param embargoes which embargoed articles the searcher may see
     */
    public SearchRequest read(String searcher, Embargoes embargoes, Bounds bounds) {
        Optional<String> text = QueryParameters.present(q);
        List<String> actors = actor == null ? List.of() : actor.stream().map(String::strip).toList();
        if (actors.stream().anyMatch(String::isEmpty)) {
            throw new InvalidQuery("actor must be an actor id, name or alias, not empty.");
        }
        if (actors.size() > bounds.maxActors()) {
            throw new InvalidQuery("actor is given " + actors.size() + " times; a search takes at most " + bounds.maxActors() + " actors.");
        }
        Optional<String> languageTag = QueryParameters.present(language).map(String::strip);
        if (languageTag.isPresent() && !languageTag.get().matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
            throw new InvalidQuery("language must be a BCP 47 language tag such as en or pt-BR.");
        }
        Optional<String> ownerName = QueryParameters.present(owner).map(String::strip).map(name -> name.equals(ME) ? searcher : name);
        Set<SearchRequest.Facet> facetsAsked = facetsAsked();
        return new SearchRequest(text, actors, QueryParameters.present(source).map(String::strip), QueryParameters.present(byline).map(String::strip),
                languageTag, ownerName, QueryParameters.instant("from", from), QueryParameters.instant("to", to), sort(text.isPresent()),
                QueryParameters.present(cursor), QueryParameters.limit(limit, bounds.defaultLimit(), bounds.maxLimit()), facetsAsked,
                QueryParameters.size("facet-size", facetSize, bounds.defaultFacetSize(), bounds.maxFacetSize()), embargoes,
                FieldSelection.read(fields, SearchPage.Hit.class, "a hit"));
    }

    private Sort sort(boolean byText) {
        Sort chosen = QueryParameters.oneOf("sort", sort, spellings(Sort.values(), Sort::spelling)).orElse(Sort.byDefault(byText));
        if (chosen == Sort.RELEVANCE && !byText) {
            throw new InvalidQuery("sort=relevance needs words to rank by in q; without them, sort by newest or oldest.");
        }
        return chosen;
    }

    /** Given as facets=actors,days or as facets=actors&facets=days. */
    private Set<SearchRequest.Facet> facetsAsked() {
        Map<String, SearchRequest.Facet> known = spellings(SearchRequest.Facet.values(), facet -> facet.name().toLowerCase(Locale.ROOT));
        Set<SearchRequest.Facet> asked = EnumSet.noneOf(SearchRequest.Facet.class);
        for (String value : facets == null ? List.<String>of() : facets) {
            for (String name : value.split(",", -1)) {
                asked.add(QueryParameters.oneOf("facets", name, known)
                        .orElseThrow(() -> new InvalidQuery("facets must name facets, such as facets=actors,sources; not an empty one.")));
            }
        }
        return asked;
    }

    private static <T> Map<String, T> spellings(T[] values, Function<T, String> spelling) {
        Map<String, T> spelled = new LinkedHashMap<>();
        for (T value : values) {
            spelled.put(spelling.apply(value), value);
        }
        return spelled;
    }
}
