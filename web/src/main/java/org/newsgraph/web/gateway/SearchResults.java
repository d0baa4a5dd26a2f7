package org.newsgraph.web.gateway;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A page of {@code GET /api/v1/articles}: hits, the cursor of the next page if any, and actor facets when asked for. */
public record SearchResults(List<Hit> items, String nextCursor, List<ActorFacet> actorFacets) {

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
}
