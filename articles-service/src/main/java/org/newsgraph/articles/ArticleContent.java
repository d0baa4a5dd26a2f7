package org.newsgraph.articles;

import java.time.Instant;

/** What a newsroom writes in one revision of an article; everything else the platform keeps itself. */
public record ArticleContent(
        String title,
        String body,
        String datelinePlace,
        String datelineDate,
        String source,
        String byline,
        String language,
        Instant publishedAt) {
}
