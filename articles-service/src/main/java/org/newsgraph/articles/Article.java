package org.newsgraph.articles;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.id.uuid.UuidVersion7Strategy;
import org.newsgraph.wire.Story;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/**
 * A news article at its current revision. Every change goes through its methods, which keep its invariants.
 * An update sets only the columns that changed: the database indexes the text for search again only when the
 * text changes, not when actor tags arrive.
 */
@Entity
@Table(name = "article")
@DynamicUpdate
public class Article extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public int revision;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String body;

    @Column(name = "dateline_place")
    public String datelinePlace;

    @Column(name = "dateline_date")
    public String datelineDate;

    public String source;

    public String byline;

    /** Where the story lies in the body; null for articles filed before it was kept. */
    @Column(name = "story_start")
    Integer storyStart;

    @Column(name = "story_end")
    Integer storyEnd;

    @Column(nullable = false)
    public String language;

    /** When the article says it was published: set when it is filed, and changed by a revision only when it gives one. */
    @Column(name = "published_at", nullable = false)
    public Instant publishedAt;

    /** The publication time of revision 1, whatever later revisions say. */
    @Column(name = "first_published_at", nullable = false)
    public Instant firstPublishedAt;

    /** When the current revision was written; a withdrawal writes none. */
    @Column(name = "last_modified_at", nullable = false)
    public Instant lastModifiedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ArticleStatus status;

    /** When the article was withdrawn; null while it is published. */
    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    /** The client (user or partner) that filed the article. */
    public String owner;

    /** The revision the actor tags were identified in; null until they arrive. */
    @Column(name = "tags_revision")
    public Integer tagsRevision;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Always shown with the article, so always loaded with it; written by {@code ActorTagging}, most mentioned first. */
    @ElementCollection(fetch = FetchType.EAGER)
    @OrderBy("mentionCount desc, name")
    @CollectionTable(name = "article_actor_tag", joinColumns = @JoinColumn(name = "article_id"))
    public List<ActorTag> actorTags = new ArrayList<>();

    protected Article() {
    }

    /** A new article at revision 1. */
    public static Article file(ArticleContent content, String owner, Instant now) {
        Article article = new Article();
        // Time-ordered: a new article goes to the end of every index keyed by article, not to a page anywhere in it.
        article.id = UuidVersion7Strategy.INSTANCE.generateUuid(null);
        article.revision = 1;
        article.status = ArticleStatus.PUBLISHED;
        article.owner = owner;
        article.createdAt = now;
        article.write(content, now);
        article.firstPublishedAt = article.publishedAt;
        return article;
    }

    /** A new revision of the expected one (null: of whichever is current); never of a withdrawn article. */
    public void revise(ArticleContent content, Integer expectedRevision, Instant now) {
        requirePublished();
        if (expectedRevision != null) {
            requireRevision(expectedRevision);
        }
        revision++;
        write(content, now);
    }

    /** Withdraws the article; it stays for audit. */
    public void withdraw(Integer expectedRevision, Instant now) {
        requirePublished();
        if (expectedRevision != null) {
            requireRevision(expectedRevision);
        }
        status = ArticleStatus.WITHDRAWN;
        withdrawnAt = now;
        updatedAt = now;
    }

    public boolean isOwnedBy(String client) {
        return owner != null && owner.equals(client);
    }

    /** Until its publishedAt comes, an article is embargoed: known only to its owner, the editors and admins. */
    public boolean isEmbargoedAt(Instant now) {
        return publishedAt.isAfter(now);
    }

    /** Whether the viewer may know of the article at all: anyone once its time has come, else those who filed or edit it. */
    public boolean isVisibleTo(Viewer viewer, Instant now) {
        return !isEmbargoedAt(now) || viewer.editorial() || isOwnedBy(viewer.name());
    }

    /** A withdrawn article's text stays with its owner and the editors; everyone else learns only that it was withdrawn. */
    public boolean isReadableInFullBy(Viewer viewer) {
        return status == ArticleStatus.PUBLISHED || viewer.editorial() || isOwnedBy(viewer.name());
    }

    /** Editors change any article; a partner only those it filed. */
    public void requireChangeableBy(Writer writer) {
        if (writer.ownArticlesOnly() && !isOwnedBy(writer.name())) {
            throw new ArticleProblems.NotOwner(id);
        }
    }

    /** Where the story lies in the body; empty for an article filed before it was kept. */
    public Optional<Story> story() {
        return storyStart == null ? Optional.empty() : Optional.of(new Story(storyStart, storyEnd));
    }

    private void write(ArticleContent content, Instant now) {
        title = content.title();
        body = content.body();
        datelinePlace = content.datelinePlace();
        datelineDate = content.datelineDate();
        source = content.source();
        byline = content.byline();
        storyStart = content.story().start();
        storyEnd = content.story().end();
        language = content.language();
        if (content.publishedAt() != null) {
            // As PostgreSQL keeps it, so that the article reads the same once stored.
            publishedAt = content.publishedAt().truncatedTo(ChronoUnit.MICROS);
        } else if (publishedAt == null) {
            publishedAt = now;
        }
        lastModifiedAt = now;
        updatedAt = now;
    }

    private void requirePublished() {
        if (status == ArticleStatus.WITHDRAWN) {
            throw new ArticleProblems.Withdrawn(id);
        }
    }

    private void requireRevision(int expectedRevision) {
        if (expectedRevision != revision) {
            throw new ArticleProblems.StaleRevision(id, expectedRevision, revision);
        }
    }
}
