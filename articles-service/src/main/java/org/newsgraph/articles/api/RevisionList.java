package org.newsgraph.articles.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.newsgraph.articles.ArticleDesk;
import org.newsgraph.articles.ArticleRevision;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The revisions of an article, oldest first, without their text; {@code GET /articles/{id}/revisions/{revision}} reads one.
 *
 * @param currentRevision the revision {@code GET /articles/{id}} shows
 * @param firstPublishedAt when revision 1 said the article was published
 */
public record RevisionList(UUID articleId, int currentRevision, Instant firstPublishedAt, List<Entry> revisions) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Entry(int revision, String title, Instant publishedAt, Instant lastModifiedAt, String note) {

        static Entry of(ArticleRevision.Summary summary) {
            return new Entry(summary.revision(), summary.title(), summary.publishedAt(), summary.writtenAt(), summary.note());
        }
    }

    static RevisionList of(ArticleDesk.Revisions revisions) {
        return new RevisionList(revisions.article().id, revisions.article().revision, revisions.article().firstPublishedAt,
                revisions.revisions().stream().map(Entry::of).toList());
    }
}
