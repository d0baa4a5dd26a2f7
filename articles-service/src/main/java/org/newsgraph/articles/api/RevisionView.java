package org.newsgraph.articles.api;

import java.time.Instant;
import java.util.UUID;

import org.newsgraph.articles.ArticleRevision;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One revision of an article as it was written.
 *
 * @param publishedAt the article's publication time as of this revision; absent for revisions written before it was kept
 * @param lastModifiedAt when this revision was written
 * @param note what the revision corrected, as its writer put it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RevisionView(UUID articleId, int revision, String title, String body, Instant publishedAt, Instant lastModifiedAt,
        String note) {

    static RevisionView of(ArticleRevision revision) {
        return new RevisionView(revision.articleId, revision.revision, revision.title, revision.body, revision.publishedAt,
                revision.writtenAt, revision.note);
    }
}
