package org.newsgraph.articles;

import java.time.Instant;

import org.newsgraph.wire.Story;

/**
 * What a newsroom writes in one revision of an article; everything else the platform keeps itself.
 *
 * @param story where the story lies in the body, after its dateline and before its credit
 */
public record ArticleContent(
        String title,
        String body,
        String datelinePlace,
        String datelineDate,
        String source,
        String byline,
        String language,
        Instant publishedAt,
        Story story) {
}
