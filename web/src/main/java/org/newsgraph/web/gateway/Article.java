package org.newsgraph.web.gateway;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An article as {@code GET /api/v1/articles/{id}} gives it; {@code actorsRevision} is absent while its actors are being identified. */
public record Article(UUID id, int revision, String title, String body, Dateline dateline, String source, String byline,
        String language, Instant publishedAt, String status, Instant withdrawnAt, String owner, List<Tag> actors,
        Integer actorsRevision) {

    public record Dateline(String place, String date) {
    }

    public record Tag(UUID actorId, String name, String type, List<String> roles, int mentionCount) {
    }

    public boolean actorsPending() {
        return actorsRevision == null || actorsRevision < revision;
    }

    public List<Tag> actors() {
        return actors == null ? List.of() : actors;
    }
}
