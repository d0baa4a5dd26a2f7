package org.newsgraph.web.gateway;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A page of {@code GET /api/v1/articles}: hits, how many match, the cursor of the next page if any, and the facets
 * asked for.
 */
public record SearchResults(List<Hit> items, Total total, String nextCursor, List<ActorFacet> actorFacets,
        List<ValueFacet> sourceFacets) {

    /** @param exact false past the API's counting bound: then an estimate */
    public record Total(long value, boolean exact) {
    }

    public record ValueFacet(String value, long articles) {
    }

    /** @param snippet HTML: the article's text escaped, the words found in {@code <mark>} */
    public record Hit(UUID id, String title, String snippet, String dateline, String source, Instant publishedAt) {
    }

    public record ActorFacet(UUID actorId, String name, String type, long articles) {
    }

    public List<Hit> items() {
        return items == null ? List.of() : items;
    }

    public List<ActorFacet> actorFacets() {
        return actorFacets == null ? List.of() : actorFacets;
    }

    public List<ValueFacet> sourceFacets() {
        return sourceFacets == null ? List.of() : sourceFacets;
    }
}
