package org.newsgraph.articles.search;

import java.time.Instant;
import java.util.Optional;

/**
 * What a reader searches for; every filter is optional and they combine.
 *
 * @param actor an actor id, or an actor's name
 */
public record SearchRequest(
        Optional<String> text,
        Optional<String> actor,
        Optional<String> source,
        Optional<Instant> from,
        Optional<Instant> to,
        Optional<String> cursor,
        int limit,
        boolean actorFacets) {

    /** Everything that decides which rows match and in what order: a cursor is valid only for the same. */
    String fingerprint() {
        return String.join("\u0001", text.orElse(""), actor.orElse(""), source.orElse(""),
                from.map(Instant::toString).orElse(""), to.map(Instant::toString).orElse(""));
    }
}
