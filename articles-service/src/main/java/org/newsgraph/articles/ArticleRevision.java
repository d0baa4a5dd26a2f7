package org.newsgraph.articles;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** One revision of an article as it was written; never changed once written. */
@Entity
@Table(name = "article_revision")
@IdClass(ArticleRevision.Key.class)
public class ArticleRevision extends PanacheEntityBase {

    /** The longest correction note kept. */
    public static final int MAX_NOTE_LENGTH = 1000;

    @Id
    @Column(name = "article_id")
    public UUID articleId;

    @Id
    public int revision;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String body;

    /** The article's publication time as of this revision; null for revisions written before it was kept. */
    @Column(name = "published_at")
    public Instant publishedAt;

    /** The user or partner that wrote it. */
    @Column(name = "written_by")
    public String writtenBy;

    @Column(name = "written_at", nullable = false)
    public Instant writtenAt;

    /** What the revision corrected, as its writer put it; null when it does not say. */
    public String note;

    protected ArticleRevision() {
    }

    /** The article's current revision as it stands, with what its writer said it corrected. */
    static ArticleRevision of(Article article, String writtenBy, String note) {
        if (note != null && note.length() > MAX_NOTE_LENGTH) {
            throw new ArticleProblems.InvalidContent("note may have at most " + MAX_NOTE_LENGTH + " characters, not " + note.length() + ".");
        }
        ArticleRevision written = new ArticleRevision();
        written.articleId = article.id;
        written.revision = article.revision;
        written.title = article.title;
        written.body = article.body;
        written.publishedAt = article.publishedAt;
        written.writtenBy = writtenBy;
        written.writtenAt = article.lastModifiedAt;
        written.note = note;
        return written;
    }

    /** A revision without its text, for listing. */
    public record Summary(int revision, String title, Instant publishedAt, Instant writtenAt, String note) {
    }

    public static class Key implements Serializable {

        public UUID articleId;
        public int revision;

        public Key() {
        }

        public Key(UUID articleId, int revision) {
            this.articleId = articleId;
            this.revision = revision;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.revision == revision && Objects.equals(key.articleId, articleId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(articleId, revision);
        }
    }
}
