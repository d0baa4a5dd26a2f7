package org.newsgraph.web.gateway;

import java.util.List;
import java.util.UUID;

/** What {@code POST /api/v1/extract} finds in a text: its actors with their mentions' offsets, and its quotes. */
public record Extraction(List<Actor> actors, List<Quote> quotes) {

    public record Actor(String name, String type, List<String> aliases, List<String> roles, List<Mention> mentions, UUID actorId) {

        public List<Mention> mentions() {
            return mentions == null ? List.of() : mentions;
        }
    }

    /** Offsets are Java String indices into the text. */
    public record Mention(String text, int start, int end) {
    }

    /** @param speaker the speaker's name as in {@code actors}, or null when the text names none */
    public record Quote(String speaker, String text, int start, int end, String verb) {
    }

    public List<Actor> actors() {
        return actors == null ? List.of() : actors;
    }

    public List<Quote> quotes() {
        return quotes == null ? List.of() : quotes;
    }
}
