package org.newsgraph.articles.search;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.newsgraph.articles.ArticleStatus;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One page of search results.
 *
 * @param total how many articles match, on every page
 * @param nextCursor absent on the last page
 * @param actorFacets the actors most often tagged among all the hits, when asked for
 * @param sourceFacets the sources of the most hits, when asked for
 * @param languageFacets the languages of the most hits, when asked for
 * @param dayFacets the publication days (UTC dates such as 2026-12-05) of the hits, newest first, when asked for
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SearchPage(List<Hit> items, Total total, String sort, String nextCursor, List<ActorFacet> actorFacets,
        List<ValueFacet> sourceFacets, List<ValueFacet> languageFacets, List<ValueFacet> dayFacets) {

    /**
     * Only the fields the search asked for are set; the others are null, and so absent from the answer, as is a field
     * the hit has no value for.
     *
     * @param snippet HTML: the passages that matched, the words found in {@code <mark>}, or else the article's opening
     * @param embargoed true while publishedAt is ahead, shown only to its owner, editors and admins; else absent
     * @param rank the relevance, when sorted by it
     * @param tags the article's actors, most mentioned first
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Hit(UUID id, Integer revision, String title, String snippet, String dateline, String source, String byline,
            String language, ArticleStatus status, Boolean embargoed, Instant publishedAt, Double rank, List<Tag> tags) {
    }

    public record Tag(UUID actorId, String name, String type) {
    }

    /**
     * How many articles match. Counted exactly up to {@code articles.search.exact-total-up-to}; beyond it, counting
     * every match would cost more than the page, so the value is the database planner's estimate, never below the bound.
     *
     * @param exact false when {@code value} is an estimate
     */
    public record Total(long value, boolean exact) {
    }

    public record ActorFacet(UUID actorId, String name, String type, long articles) {
    }

    public record ValueFacet(String value, long articles) {
    }
}
