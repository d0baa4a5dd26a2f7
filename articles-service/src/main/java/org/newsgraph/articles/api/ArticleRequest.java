package org.newsgraph.articles.api;

import java.time.Instant;

import org.newsgraph.articles.ArticleRevision;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An article as JSON: a new one for POST, a new revision for PUT.
 *
 * @param publishedAt absent: now for a new article, unchanged for a revision
 * @param note for a revision only: what it corrects, shown with the revision
 */
public record ArticleRequest(
        @NotBlank @Size(max = 500) String title,
        @NotBlank String body,
        @Size(max = 200) String dateline,
        @Size(max = 200) String source,
        @Size(max = 500) String byline,
        @Pattern(regexp = "[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*", message = "must be a BCP 47 language tag such as en or pt-BR") String language,
        Instant publishedAt,
        @Size(max = ArticleRevision.MAX_NOTE_LENGTH) String note) {
}
