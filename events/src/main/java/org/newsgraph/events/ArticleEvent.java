package org.newsgraph.events;

import java.time.Instant;
import java.util.UUID;

/**
 * The data of {@code newsgraph.article.published}, {@code .revised} and {@code .withdrawn} on topic {@code articles}.
 * A withdrawal carries the last revision's fields so that consumers need no other source.
 */
public record ArticleEvent(
        UUID articleId,
        int revision,
        String title,
        String body,
        String dateline,
        String source,
        String language,
        Instant publishedAt) {
}
