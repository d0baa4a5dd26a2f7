package org.newsgraph.web.actor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.newsgraph.web.gateway.Actors;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A change in an actor's history told as a sentence about the actor whose page lists it.
 *
 * @param undoableMerge the actor merged into this one, where this is the latest merge of it and no undo followed; the
 *                      API still decides, and says why when it refuses
 */
public record HistoryLine(Instant changedAt, String curator, String text, UUID undoableMerge) {

    /** The lines of {@code actorId}'s page, from its changes newest first. */
    public static List<HistoryLine> of(UUID actorId, List<Actors.Curated> newestFirst) {
        Set<UUID> settled = new HashSet<>();
        List<HistoryLine> lines = new ArrayList<>();
        for (Actors.Curated change : newestFirst) {
            UUID undoable = null;
            if ("MERGED".equals(change.kind()) && actorId.equals(change.otherActorId()) && settled.add(change.actorId())) {
                undoable = change.actorId();
            } else if ("MERGE_UNDONE".equals(change.kind())) {
                settled.add(change.actorId());
            }
            lines.add(new HistoryLine(change.changedAt(), change.curator(), text(actorId, change), undoable));
        }
        return lines;
    }

    private static String text(UUID actorId, Actors.Curated change) {
        boolean survivor = actorId.equals(change.otherActorId());
        return switch (change.kind()) {
            case "RENAMED" -> "renamed it from " + quoted(change.before(), "name") + " to " + quoted(change.after(), "name");
            case "RETYPED" -> "changed its type from " + type(change.before()) + " to " + type(change.after());
            case "ALIAS_ADDED" -> "added the alias " + quoted(change.after(), "alias");
            case "ALIAS_REMOVED" -> "removed the alias " + quoted(change.before(), "alias");
            case "ROLE_ADDED" -> "added the title " + quoted(change.after(), "role");
            case "ROLE_REMOVED" -> "removed the title " + quoted(change.before(), "role");
            case "WIKIDATA_LINKED" -> "linked it to Wikidata " + field(change.after(), "wikidataQid");
            case "MERGED" -> survivor ? "merged " + quoted(change.before(), "name") + " into it" : "merged it into another actor";
            case "MERGE_UNDONE" -> survivor ? "undid the merge of " + quoted(change.after(), "name") : "undid its merge into another actor";
            default -> "changed it (" + change.kind().toLowerCase(Locale.ROOT) + ")";
        };
    }

    private static String type(JsonNode detail) {
        return field(detail, "type").toLowerCase(Locale.ROOT);
    }

    private static String quoted(JsonNode detail, String field) {
        return "“" + field(detail, field) + "”";
    }

    private static String field(JsonNode detail, String field) {
        return detail == null ? "" : detail.path(field).asText("");
    }
}
