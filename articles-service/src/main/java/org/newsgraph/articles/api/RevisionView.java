package org.newsgraph.articles.api;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.newsgraph.articles.ArticleRevision;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One revision of an article as it was written. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Revision", requiredProperties = {"articleId", "revision", "title", "body", "lastModifiedAt"})
public record RevisionView(
        UUID articleId,
        @Schema(minimum = "1") int revision,
        String title,
        String body,
        @Schema(description = "The article's publication time as of this revision; absent for revisions written before it was kept")
        Instant publishedAt,
        @Schema(description = "When this revision was written") Instant lastModifiedAt,
        @Schema(description = "What the revision corrected, as its writer put it") String note) {

    static RevisionView of(ArticleRevision revision) {
        return new RevisionView(revision.articleId, revision.revision, revision.title, revision.body, revision.publishedAt,
                revision.writtenAt, revision.note);
    }
}
