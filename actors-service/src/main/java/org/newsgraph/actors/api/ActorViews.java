package org.newsgraph.actors.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.newsgraph.actors.AliasOrigin;
import org.newsgraph.actors.extraction.ActorType;
import org.newsgraph.actors.registry.CurationKind;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/** What clients see of actors. */
public final class ActorViews {

    private ActorViews() {
    }

    @Schema(requiredProperties = "items")
    public record Page<T>(List<T> items,
            @Schema(description = "The next page's cursor; absent on the last page") @JsonInclude(JsonInclude.Include.NON_NULL) String nextCursor) {
    }

    @Schema(name = "ActorSummary", requiredProperties = {"id", "name", "type", "aliases", "mentionCount"})
    public record Summary(UUID id, String name, @Schema(implementation = ActorType.class) String type, List<String> aliases,
            @Schema(description = "Mentions across all articles") long mentionCount) {
    }

    public record Alias(String name, @Schema(implementation = AliasOrigin.class, description = "Found in an article, or given by a curator")
            String origin) {
    }

    @Schema(name = "ActorRole")
    public record RoleSeen(String role, Instant firstSeen, Instant lastSeen,
            @Schema(description = "How many articles gave the title; 0 for a curated one") long articles) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Actor", example = """
            {"id": "5d0c1c7e-9d3b-4f57-8a53-3c1f5f1e2b9a", "name": "Benjamin Netanyahu", "type": "PERSON", "status": "ACTIVE",
             "provisional": false, "aliases": [{"name": "Bibi", "origin": "CURATED"}, {"name": "Netanyahu", "origin": "EXTRACTED"}],
             "roles": [{"role": "Israeli Prime Minister", "firstSeen": "2026-10-01T08:00:00Z", "lastSeen": "2026-10-07T09:00:00Z",
                        "articles": 12}],
             "wikidataQid": "Q43915", "mentionCount": 57, "quoteCount": 9, "articleCount": 14,
             "firstSeen": "2026-10-01T08:00:00Z", "lastSeen": "2026-10-07T09:00:00Z"}""")
    public record Profile(UUID id, String name, @Schema(implementation = ActorType.class) String type, String status,
            @Schema(description = "Named once in one article and not yet curated: names do not resolve to it") boolean provisional,
            List<Alias> aliases, @Schema(description = "The titles articles give the actor, and curated ones") List<RoleSeen> roles,
            @Schema(description = "The actor's Wikidata item, when linked: Q42") String wikidataQid,
            long mentionCount, long quoteCount, long articleCount, Instant firstSeen, Instant lastSeen) {
    }

    /** One change a curator made, newest first in an actor's history. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(requiredProperties = {"kind", "actorId", "curator", "changedAt", "before", "after"}, example = """
            {"kind": "MERGED", "actorId": "5b0e8f52-6a7d-4c1e-9f3a-2d8b7c6e5a41", "otherActorId": "9d1c2b3a-4e5f-4a6b-8c7d-0e1f2a3b4c5d",
             "curator": "alice", "changedAt": "2026-10-07T10:15:02Z", "before": {"name": "Bibi", "aliases": []},
             "after": {"mergedInto": "9d1c2b3a-4e5f-4a6b-8c7d-0e1f2a3b4c5d", "survivorGained": ["Bibi"]}}""")
    public record CurationChange(
            @Schema(implementation = CurationKind.class) String kind,
            @Schema(description = "The actor changed; for MERGED and MERGE_UNDONE, the one merged away") UUID actorId,
            @Schema(description = "For MERGED and MERGE_UNDONE, the survivor; else absent") UUID otherActorId,
            @Schema(description = "The user who made the change, as their token names them") String curator,
            Instant changedAt,
            @Schema(ref = ActorsApi.CURATION_DETAIL, description = "What the change touched, as it was; empty where it added something")
            JsonNode before,
            @Schema(ref = ActorsApi.CURATION_DETAIL, description = "What the change touched, as it is; empty where it removed something")
            JsonNode after) {
    }

    @Schema(requiredProperties = {"articleId", "title", "publishedAt", "mentions"})
    public record ArticleMentioning(UUID articleId, String title, Instant publishedAt,
            @Schema(description = "How often the article names the actor") long mentions) {
    }

    @Schema(requiredProperties = {"articleId", "text", "start", "end"})
    public record QuoteGiven(UUID articleId, String text, @Schema(description = "Where the quote starts in the article's body") int start,
            @Schema(description = "Where it ends, exclusive") int end,
            @Schema(description = "The verb that attributes it: said, told, according to") String speechVerb, Instant publishedAt) {
    }

    @Schema(requiredProperties = {"actorId", "name", "type", "weight", "articles"})
    public record Neighbour(UUID actorId, String name, @Schema(implementation = ActorType.class) String type,
            @Schema(description = "How close the two stand, summed over the articles naming both") double weight,
            @Schema(description = "How many articles name both") long articles,
            @Schema(description = "The passage where the two stand closest in the most recent article naming both") String evidence) {
    }

    @Schema(requiredProperties = {"actorId", "neighbours"})
    public record Network(UUID actorId, List<Neighbour> neighbours) {
    }

    @Schema(requiredProperties = {"actorId", "name", "type", "mentions", "articles"})
    public record Trending(UUID actorId, String name, @Schema(implementation = ActorType.class) String type,
            @Schema(description = "Mentions in the window's articles") long mentions,
            @Schema(description = "Articles in the window naming the actor") long articles) {
    }

    /** Who an article names and where, as offsets into its body (UTF-16 code units, end exclusive). */
    @Schema(requiredProperties = {"articleId", "actors", "quotes"})
    public record ArticleMentions(UUID articleId,
            @Schema(description = "The article's revision these were read from; null while its first is being read", nullable = true)
            Integer revision,
            List<MentionedActor> actors, List<ArticleQuote> quotes) {
    }

    @Schema(requiredProperties = {"actorId", "name", "type", "mentions"})
    public record MentionedActor(UUID actorId, @Schema(example = "Benjamin Netanyahu") String name,
            @Schema(implementation = ActorType.class) String type, List<Span> mentions) {
    }

    @Schema(name = "MentionSpan", requiredProperties = {"start", "end", "surface"})
    public record Span(@Schema(example = "120") int start, @Schema(example = "124") int end,
            @Schema(description = "The words as the body gives them", example = "Bibi") String surface) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(requiredProperties = {"text", "start", "end"})
    public record ArticleQuote(@Schema(description = "Absent when the text names no actor as the speaker") UUID speakerId, String speaker,
            String text, int start, int end, @Schema(example = "said") String speechVerb) {
    }
}
