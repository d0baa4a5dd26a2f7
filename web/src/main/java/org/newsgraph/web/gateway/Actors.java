package org.newsgraph.web.gateway;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/** The actor registry's answers, as the gateway gives them. */
public final class Actors {

    private Actors() {
    }

    public record Page<T>(List<T> items, String nextCursor) {

        public List<T> items() {
            return items == null ? List.of() : items;
        }
    }

    public record Summary(UUID id, String name, String type, List<String> aliases, long mentionCount) {

        public List<String> aliases() {
            return aliases == null ? List.of() : aliases;
        }
    }

    public record Alias(String name, String origin) {
    }

    /**
     * A curator's change: absent fields stay as they are.
     *
     * @param moveAliases aliases taken from the actor that has them, where addAliases would be refused
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Change(String name, List<String> addAliases, List<String> moveAliases, List<String> removeAliases, String type) {

        public static Change rename(String name) {
            return new Change(name, null, null, null, null);
        }

        public static Change addAlias(String alias, boolean move) {
            return move ? new Change(null, null, List.of(alias), null, null) : new Change(null, List.of(alias), null, null, null);
        }

        public static Change removeAlias(String alias) {
            return new Change(null, null, null, List.of(alias), null);
        }

        public static Change retype(String type) {
            return new Change(null, null, null, null, type);
        }
    }

    /** Merge into {@code into}, which survives. */
    public record Merge(UUID into) {
    }

    /**
     * One change a curator made, as an actor's history lists it.
     *
     * @param otherActorId the survivor of a merge and of its undo
     * @param before what the change touched as it was; empty where it added something
     * @param after what the change touched as it is; empty where it removed something
     */
    public record Curated(String kind, UUID actorId, UUID otherActorId, String curator, Instant changedAt, JsonNode before,
            JsonNode after) {
    }

    /** @param articles how many articles gave the title; 0 for a curated one */
    public record RoleSeen(String role, Instant firstSeen, Instant lastSeen, long articles) {
    }

    public record Profile(UUID id, String name, String type, String status, boolean provisional, List<Alias> aliases,
            List<RoleSeen> roles, long mentionCount, long quoteCount, long articleCount, Instant firstSeen, Instant lastSeen) {

        public List<Alias> aliases() {
            return aliases == null ? List.of() : aliases;
        }

        public List<RoleSeen> roles() {
            return roles == null ? List.of() : roles;
        }
    }

    public record ArticleMentioning(UUID articleId, String title, Instant publishedAt, long mentions) {
    }

    public record QuoteGiven(UUID articleId, String text, String speechVerb, Instant publishedAt) {
    }

    /** @param evidence the passage where the two stand closest in the most recent article naming both */
    public record Neighbour(UUID actorId, String name, String type, double weight, long articles, String evidence) {
    }

    public record Network(UUID actorId, List<Neighbour> neighbours) {

        public List<Neighbour> neighbours() {
            return neighbours == null ? List.of() : neighbours;
        }
    }

    public record Trending(UUID actorId, String name, String type, long mentions, long articles) {
    }
}
