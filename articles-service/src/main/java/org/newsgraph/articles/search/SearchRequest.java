package org.newsgraph.articles.search;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.newsgraph.problem.FieldSelection;

/**
 * What a reader searches for; every filter is optional and they combine.
 *
 * @param actors actor ids, names or aliases: every one of them must be tagged in a hit
 * @param byline part of the byline, without regard to case or accents
 * @param language a language tag; {@code pt} also matches {@code pt-BR}
 * @param owner the user or partner that filed the article
 * @param embargoes which embargoed articles the searcher may see
 * @param fields the fields of {@link SearchPage.Hit} to answer: what is not asked for is not read either
 */
public record SearchRequest(
        Optional<String> text,
        List<String> actors,
        Optional<String> source,
        Optional<String> byline,
        Optional<String> language,
        Optional<String> owner,
        Optional<Instant> from,
        Optional<Instant> to,
        Sort sort,
        Optional<String> cursor,
        int limit,
        Set<Facet> facets,
        int facetSize,
        Embargoes embargoes,
        FieldSelection fields) {

    public SearchRequest {
        actors = List.copyOf(actors);
        facets = Set.copyOf(facets);
        if (sort == Sort.RELEVANCE && text.isEmpty()) {
            throw new IllegalArgumentException("relevance needs words to rank by");
        }
    }

    /** What a search can count its hits by, besides listing them. */
    public enum Facet {
        ACTORS, SOURCES, LANGUAGES, DAYS
    }

    /** Everything that decides which rows match and in what order: a cursor is valid only for the same. */
    String fingerprint() {
        return String.join("\u0001", sort.name(), text.orElse(""), String.join("\u0002", actors), source.orElse(""), byline.orElse(""),
                language.orElse(""), owner.orElse(""), from.map(Instant::toString).orElse(""), to.map(Instant::toString).orElse(""),
                embargoes.fingerprint());
    }
}
