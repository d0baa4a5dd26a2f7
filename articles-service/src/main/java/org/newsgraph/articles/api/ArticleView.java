package org.newsgraph.articles.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.newsgraph.articles.ActorTag;
import org.newsgraph.articles.Article;
import org.newsgraph.articles.ArticleStatus;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An article as clients see it.
 *
 * @param actorsRevision the revision its actors were identified in; absent while they are being identified
 * @param publishedAt when the article says it was published; a revision keeps it unless it gives another
 * @param firstPublishedAt when revision 1 said it was published
 * @param lastModifiedAt when the current revision was written
 * @param withdrawnAt absent while the article is published
 * @param embargoed true while publishedAt is ahead: only its owner, editors and admins see the article until then; else absent
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArticleView(
        UUID id,
        int revision,
        String title,
        String body,
        Dateline dateline,
        String source,
        String byline,
        String language,
        Instant publishedAt,
        Instant firstPublishedAt,
        Instant lastModifiedAt,
        ArticleStatus status,
        Instant withdrawnAt,
        Boolean embargoed,
        String owner,
        List<Actor> actors,
        Integer actorsRevision,
        Instant createdAt,
        Instant updatedAt) {

    /** @param date as the dateline gives it, such as {@code --10-07} (ISO month-day) or {@code 2025-03-12} */
    public record Dateline(String place, String date) {
    }

    public record Actor(UUID actorId, String name, String type, List<String> roles, int mentionCount) {

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
