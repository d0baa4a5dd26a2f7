package org.newsgraph.web.gateway;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An article's revisions as {@code GET /api/v1/articles/{id}/revisions} lists them, oldest first. */
public record Revisions(UUID articleId, int currentRevision, Instant firstPublishedAt, List<Listed> revisions) {

    public List<Listed> revisions() {
        return revisions == null ? List.of() : revisions;
    }

    /** @param note what the revision corrected; absent for the first */
    public record Listed(int revision, String title, Instant publishedAt, Instant lastModifiedAt, String note) {
    }

    /** One revision as it was written. */
    public record Revision(UUID articleId, int revision, String title, String body, Instant publishedAt, Instant lastModifiedAt,
            String note) {
    }
}
