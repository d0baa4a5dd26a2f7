package org.newsgraph.articles.api;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An article as JSON: a new one for POST, a new revision for PUT. */
public record ArticleRequest(
        @NotBlank @Size(max = 500) String title,
        @NotBlank String body,
        @Size(max = 200) String dateline,
        @Size(max = 200) String source,
        @Size(max = 500) String byline,
        @Pattern(regexp = "[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*", message = "must be a BCP 47 language tag such as en or pt-BR") String language,
        Instant publishedAt) {
}
