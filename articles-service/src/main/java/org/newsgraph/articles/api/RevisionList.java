package org.newsgraph.articles.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.newsgraph.articles.ArticleDesk;
import org.newsgraph.articles.ArticleRevision;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The revisions of an article, oldest first, without their text; {@code GET /articles/{id}/revisions/{revision}} reads one. */
@Schema(requiredProperties = {"articleId", "currentRevision", "firstPublishedAt", "revisions"}, example = """
        {"articleId": "0b6c7a4e-3f0e-4a8e-9d57-0d7f4e2f8a11", "currentRevision": 2, "firstPublishedAt": "2026-10-07T09:00:00Z",
         "revisions": [
           {"revision": 1, "title": "Minister resigns", "publishedAt": "2026-10-07T09:00:00Z", "lastModifiedAt": "2026-10-07T09:00:02Z"},
           {"revision": 2, "title": "Minister resigns", "publishedAt": "2026-10-07T09:00:00Z", "lastModifiedAt": "2026-10-07T10:12:40Z",
            "note": "Corrects the day: Monday, not Sunday."}]}""")
public record RevisionList(
        UUID articleId,
        @Schema(description = "The revision GET /articles/{id} shows", minimum = "1") int currentRevision,
        @Schema(description = "When revision 1 said the article was published") Instant firstPublishedAt,
        List<Entry> revisions) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "RevisionSummary", requiredProperties = {"revision", "title", "lastModifiedAt"})
    public record Entry(@Schema(minimum = "1") int revision, String title,
            @Schema(description = "The article's publication time as of this revision") Instant publishedAt,
            @Schema(description = "When this revision was written") Instant lastModifiedAt,
            @Schema(description = "What the revision corrected") String note) {

        static Entry of(ArticleRevision.Summary summary) {
            return new Entry(summary.revision(), summary.title(), summary.publishedAt(), summary.writtenAt(), summary.note());
        }
    }

    static RevisionList of(ArticleDesk.Revisions revisions) {
        return new RevisionList(revisions.article().id, revisions.article().revision, revisions.article().firstPublishedAt,
                revisions.revisions().stream().map(Entry::of).toList());
    }
}
