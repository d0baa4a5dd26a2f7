package org.newsgraph.web.gateway;

import java.util.List;
import java.util.UUID;

/**
 * What {@code GET /api/v1/articles/{id}/mentions} says an article names: each actor with its mentions' offsets into
 * the body, and the quotes.
 *
 * @param revision the article's revision these were read from; null while the first is being read
 */
public record Mentions(UUID articleId, Integer revision, List<Actor> actors, List<Quote> quotes) {

    /** Nothing known yet. */
    public static Mentions none(UUID articleId) {
        return new Mentions(articleId, null, List.of(), List.of());
    }

    public record Actor(UUID actorId, String name, String type, List<Span> mentions) {
    }

    /** Offsets are Java String indices into the body. */
    public record Span(int start, int end, String surface) {
    }

    /** @param speakerId null when the text names no actor as the speaker */
    public record Quote(UUID speakerId, String speaker, String text, int start, int end, String speechVerb) {
    }

    public boolean readFrom(int articleRevision) {
        return revision != null && revision >= articleRevision;
    }
}
