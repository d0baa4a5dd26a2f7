package org.newsgraph.actors.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/** What clients see of actors. */
public final class ActorViews {

    private ActorViews() {
    }

    public record Page<T>(List<T> items, @JsonInclude(JsonInclude.Include.NON_NULL) String nextCursor) {
    }

    public record Summary(UUID id, String name, String type, List<String> aliases, long mentionCount) {
    }

    public record Alias(String name, String origin) {
    }

    /** @param articles how many articles gave the title; 0 for a curated one */
    public record RoleSeen(String role, Instant firstSeen, Instant lastSeen, long articles) {
    }

    /** @param provisional named once in one article and not yet curated: names do not resolve to it */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Profile(UUID id, String name, String type, String status, boolean provisional, List<Alias> aliases, List<RoleSeen> roles,
            String wikidataQid, long mentionCount, long quoteCount, long articleCount, Instant firstSeen, Instant lastSeen) {
    }

    /**
     * One change a curator made, newest first in an actor's history.
     *
     * @param otherActorId the survivor of a merge and of its undo; else absent
     * @param before what the change touched as it was; empty where it added something
     * @param after what the change touched as it is; empty where it removed something
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CurationChange(String kind, UUID actorId, UUID otherActorId, String curator, Instant changedAt, JsonNode before,
            JsonNode after) {
    }

    public record ArticleMentioning(UUID articleId, String title, Instant publishedAt, long mentions) {
    }

    public record QuoteGiven(UUID articleId, String text, int start, int end, String speechVerb, Instant publishedAt) {
    }

    /** @param evidence the passage where the two stand closest in the most recent article naming both */
    public record Neighbour(UUID actorId, String name, String type, double weight, long articles, String evidence) {
    }

    public record Network(UUID actorId, List<Neighbour> neighbours) {
    }

    public record Trending(UUID actorId, String name, String type, long mentions, long articles) {
    }

    /**
     * Who an article names and where, as offsets into its body (UTF-16 code units, end exclusive).
     *
     * @param revision the article's revision these were read from; null while its first is being read
     */
    public record ArticleMentions(UUID articleId, Integer revision, List<MentionedActor> actors, List<ArticleQuote> quotes) {
    }

    public record MentionedActor(UUID actorId, String name, String type, List<Span> mentions) {
    }

    public record Span(int start, int end, String surface) {
    }

    /** @param speakerId null when the text names no actor as the speaker */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ArticleQuote(UUID speakerId, String speaker, String text, int start, int end, String speechVerb) {
    }
}
