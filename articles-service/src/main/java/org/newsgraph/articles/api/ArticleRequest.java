package org.newsgraph.articles.api;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.newsgraph.articles.ArticleRevision;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An article as JSON: a new one for POST, a new revision for PUT. */
@Schema(example = """
        {"title": "Ceasefire talks resume in Cairo", "body": "CAIRO (Reuters) - Negotiators said on Tuesday that talks would resume …",
         "dateline": "CAIRO", "source": "Reuters", "byline": "Ana Núñez", "language": "en", "publishedAt": "2026-10-07T09:00:00Z"}""")
public record ArticleRequest(
        @NotBlank @Size(max = 500) String title,
        @NotBlank String body,
        @Size(max = 200) String dateline,
        @Size(max = 200) String source,
        @Size(max = 500) String byline,
        @Schema(description = "A BCP 47 language tag; articles.default-language unless given")
        @Pattern(regexp = "[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*", message = "must be a BCP 47 language tag such as en or pt-BR") String language,
        @Schema(description = "Absent: now for a new article, unchanged for a revision. Ahead of now: the article is embargoed until "
                + "then, at most articles.max-embargo (366 days unless configured) ahead") Instant publishedAt,
        @Schema(description = "For a revision only: what it corrects, shown with the revision")
        @Size(max = ArticleRevision.MAX_NOTE_LENGTH) String note) {
}
