package org.newsgraph.events;

import java.time.Instant;
import java.util.UUID;

import org.newsgraph.wire.Story;

/**
 * The data of {@code newsgraph.article.published}, {@code .revised} and {@code .withdrawn} on topic {@code articles}.
 * A withdrawal carries the last revision's fields so that consumers need no other source.
 *
 * @param story where the story lies in the body, as read once when the article was filed; {@code null} in events of
 *              articles filed before it was carried
 */
public record ArticleEvent(
        UUID articleId,
        int revision,
        String title,
        String body,
        String dateline,
        String source,
        String language,
        Instant publishedAt,
        Story story) {
}
