package org.newsgraph.articles.search;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One page of search results.
 *
 * @param nextCursor absent on the last page
 * @param actorFacets the actors most often tagged among all the hits, when asked for
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SearchPage(List<Hit> items, String nextCursor, List<ActorFacet> actorFacets) {

    /** @param snippet HTML: the passages that matched, the words found in {@code <mark>}, or else the article's opening */
    public record Hit(UUID id, int revision, String title, String snippet, String dateline, String source,
            Instant publishedAt, Double rank) {
    }

    public record ActorFacet(UUID actorId, String name, String type, long articles) {
    }
}
