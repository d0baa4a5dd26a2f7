package org.newsgraph.articles.search;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.newsgraph.articles.ArticleStatus;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One page of search results. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(requiredProperties = {"items", "total", "sort"}, example = """
        {"items": [{"id": "0b6c7a4e-3f0e-4a8e-9d57-0d7f4e2f8a11", "revision": 1, "title": "Ceasefire talks resume in Cairo",
                    "snippet": "Negotiators said the <mark>ceasefire</mark> talks would resume …", "dateline": "CAIRO", "source": "Reuters",
                    "byline": "Ana Núñez", "language": "en", "status": "PUBLISHED", "publishedAt": "2026-10-07T09:00:00Z", "rank": 0.61,
                    "tags": [{"actorId": "5d0c1c7e-9d3b-4f57-8a53-3c1f5f1e2b9a", "name": "Benjamin Netanyahu", "type": "PERSON"}]}],
         "total": {"value": 1, "exact": true}, "sort": "relevance",
         "sourceFacets": [{"value": "Reuters", "articles": 1}], "dayFacets": [{"value": "2026-10-07", "articles": 1}]}""")
public record SearchPage(
        List<Hit> items,
        @Schema(description = "How many articles match, on every page") Total total,
        @Schema(description = "The order of the hits: relevance, newest or oldest") String sort,
        @Schema(description = "The next page's cursor; absent on the last page") String nextCursor,
        @Schema(description = "With facets=actors, the actors most often tagged among all the hits") List<ActorFacet> actorFacets,
        @Schema(description = "With facets=sources, the sources of the most hits") List<ValueFacet> sourceFacets,
        @Schema(description = "With facets=languages, the languages of the most hits") List<ValueFacet> languageFacets,
        @Schema(description = "With facets=days, the UTC dates the hits were published on (2026-12-05), the newest first")
        List<ValueFacet> dayFacets) {

    /**
     * Only the fields the search asked for are set; the others are null, and so absent from the answer, as is a field
     * the hit has no value for.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "Every field, or with `fields` only those asked for")
    public record Hit(
            UUID id,
            @Schema(minimum = "1") Integer revision,
            String title,
            @Schema(description = "HTML: the passages that matched, the words found in <mark>, or else the article's opening") String snippet,
            @Schema(description = "The dateline's place") String dateline,
            String source,
            String byline,
            @Schema(description = "A BCP 47 language tag") String language,
            ArticleStatus status,
            @Schema(description = "True while publishedAt is ahead (shown to its owner, editors and admins only); else absent",
                    enumeration = "true") Boolean embargoed,
            Instant publishedAt,
            @Schema(description = "The relevance, when sorted by it") Double rank,
            @Schema(description = "The article's actors, most mentioned first") List<Tag> tags) {
    }

    @Schema(requiredProperties = {"actorId", "name", "type"})
    public record Tag(UUID actorId, String name, @Schema(enumeration = {"PERSON", "ORGANIZATION", "LOCATION"}) String type) {
    }

    /** Counting every match past the bound would cost more than the page, so the planner's estimate is given instead. */
    @Schema(description = "How many articles match: exactly up to articles.search.exact-total-up-to (1,000 unless configured); past "
            + "it, the database's estimate, never below the bound, and exact is false")
    public record Total(@Schema(minimum = "0") long value, @Schema(description = "False when value is an estimate") boolean exact) {
    }

    @Schema(requiredProperties = {"actorId", "name", "type", "articles"})
    public record ActorFacet(UUID actorId, String name, @Schema(enumeration = {"PERSON", "ORGANIZATION", "LOCATION"}) String type,
            @Schema(minimum = "1") long articles) {
    }

    @Schema(requiredProperties = {"value", "articles"})
    public record ValueFacet(String value, @Schema(description = "How many hits have it", minimum = "1") long articles) {
    }
}
