package org.newsgraph.articles.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.newsgraph.articles.ActorTag;
import org.newsgraph.articles.Article;
import org.newsgraph.articles.ArticleStatus;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An article as clients see it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Article", description = "Every field, or with `fields` only those asked for",
        requiredProperties = {"id", "revision", "title", "body", "language", "publishedAt", "firstPublishedAt", "lastModifiedAt", "status",
                "createdAt", "updatedAt"},
        example = """
                {"id": "0b6c7a4e-3f0e-4a8e-9d57-0d7f4e2f8a11", "revision": 2, "title": "Ceasefire talks resume in Cairo",
                 "body": "CAIRO (Reuters) - Negotiators said on Tuesday that talks would resume …", "dateline": {"place": "CAIRO"},
                 "source": "Reuters", "byline": "Ana Núñez", "language": "en", "publishedAt": "2026-10-07T09:00:00Z",
                 "firstPublishedAt": "2026-10-07T09:00:00Z", "lastModifiedAt": "2026-10-07T10:12:40Z", "status": "PUBLISHED",
                 "owner": "partner-wire",
                 "actors": [{"actorId": "5d0c1c7e-9d3b-4f57-8a53-3c1f5f1e2b9a", "name": "Benjamin Netanyahu", "type": "PERSON",
                             "roles": ["Israeli Prime Minister"], "mentionCount": 3}],
                 "actorsRevision": 2, "createdAt": "2026-10-07T09:00:02Z", "updatedAt": "2026-10-07T10:12:40Z"}""")
public record ArticleView(
        UUID id,
        @Schema(minimum = "1") int revision,
        String title,
        String body,
        Dateline dateline,
        String source,
        String byline,
        @Schema(description = "A BCP 47 language tag") String language,
        @Schema(description = "When the article says it was published; a revision keeps it unless it gives another") Instant publishedAt,
        @Schema(description = "When revision 1 said it was published") Instant firstPublishedAt,
        @Schema(description = "When the current revision was written") Instant lastModifiedAt,
        ArticleStatus status,
        @Schema(description = "Absent while the article is published") Instant withdrawnAt,
        @Schema(description = "True while publishedAt is ahead: only its owner, the editors and admins see the article until then; "
                + "else absent", enumeration = "true") Boolean embargoed,
        @Schema(description = "The user or partner that filed it") String owner,
        @Schema(description = "The actors the article names, most mentioned first") List<Actor> actors,
        @Schema(description = "The revision its actors were identified in; absent while they are being identified") Integer actorsRevision,
        Instant createdAt,
        @Schema(description = "The last change, a withdrawal included") Instant updatedAt) {

    @Schema(name = "ArticleDateline")
    public record Dateline(String place,
            @Schema(description = "As the dateline gives it: --10-07 (ISO month-day) or 2025-03-12") String date) {
    }

    @Schema(name = "ArticleActor", requiredProperties = {"actorId", "name", "type", "roles", "mentionCount"})
    public record Actor(UUID actorId, String name, @Schema(enumeration = {"PERSON", "ORGANIZATION", "LOCATION"}) String type,
            @Schema(description = "The titles the article gives the actor") List<String> roles,
            @Schema(description = "How often the article names the actor") int mentionCount) {

        static Actor of(ActorTag tag) {
            return new Actor(tag.actorId, tag.name, tag.type, tag.roles, tag.mentionCount);
        }
    }

    public static ArticleView of(Article article, Instant now) {
        return new ArticleView(article.id, article.revision, article.title, article.body,
                article.datelinePlace == null ? null : new Dateline(article.datelinePlace, article.datelineDate),
                article.source, article.byline, article.language, article.publishedAt, article.firstPublishedAt,
                article.lastModifiedAt, article.status, article.withdrawnAt, article.isEmbargoedAt(now) ? Boolean.TRUE : null, article.owner,
                article.actorTags.stream().map(Actor::of).toList(), article.tagsRevision, article.createdAt, article.updatedAt);
    }
}
