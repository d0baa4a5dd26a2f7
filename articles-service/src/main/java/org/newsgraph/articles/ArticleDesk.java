package org.newsgraph.articles;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.newsgraph.articles.events.ArticleAnnouncements;
import org.newsgraph.articles.search.SearchCache;
import org.newsgraph.events.EventType;
import org.newsgraph.messaging.transaction.AfterCommit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

/**
 * Files, revises and withdraws articles. Each change, its revision history and the event that announces it
 * are written in one transaction.
 */
@ApplicationScoped
public class ArticleDesk {

    private final EntityManager entityManager;
    private final ArticleAnnouncements announcements;
    private final SearchCache searchCache;
    private final Clock clock;
    private final PublicationTime publicationTime;
    private final TransactionSynchronizationRegistry transactions;
    private final Counter filed;

    public ArticleDesk(EntityManager entityManager, ArticleAnnouncements announcements, SearchCache searchCache, Clock clock,
            PublicationTime publicationTime, TransactionSynchronizationRegistry transactions, MeterRegistry meters) {
        this.entityManager = entityManager;
        this.announcements = announcements;
        this.searchCache = searchCache;
        this.clock = clock;
        this.publicationTime = publicationTime;
        this.transactions = transactions;
        this.filed = Counter.builder("newsgraph.articles.filed").description("Articles filed, each once whatever its retries")
                .register(meters);
    }

    /** The outcome of filing: the article, and whether an earlier request with the same key already filed it. */
    public record Filed(Article article, boolean replayed) {
    }

    @Transactional
    public Filed file(ArticleContent content, Writer writer, Optional<IdempotencyKey> idempotencyKey) {
        String owner = writer.name();
        if (idempotencyKey.isPresent()) {
            Optional<Article> earlier = earlierResult(idempotencyKey.get(), owner);
            if (earlier.isPresent()) {
                return new Filed(earlier.get(), true);
            }
        }
        Instant now = clock.instant();
        publicationTime.require(content.publishedAt(), now);
        Article article = Article.file(content, owner, now);
        article.persist();
        ArticleRevision.of(article, owner, null).persist();
        idempotencyKey.ifPresent(key -> remember(key, owner, article.id, now));
        announcements.announce(EventType.ARTICLE_PUBLISHED, article);
        searchCache.showToWriterOnCommit(writer.name());
        AfterCommit.run(transactions, filed::increment);
        return new Filed(article, false);
    }

    /** @param note what the revision corrects, in its writer's words; null when it does not say */
    @Transactional
    public Article revise(UUID id, Integer expectedRevision, ArticleContent content, String note, Writer writer) {
        Article article = find(id);
        article.requireChangeableBy(writer);
        Instant now = clock.instant();
        publicationTime.require(content.publishedAt(), now);
        article.revise(content, expectedRevision, now);
        ArticleRevision.of(article, writer.name(), note).persist();
        announcements.announce(EventType.ARTICLE_REVISED, article);
        searchCache.invalidateOnCommit();
        return article;
    }

    @Transactional
    public Article withdraw(UUID id, Integer expectedRevision, Writer writer) {
        Article article = find(id);
        article.requireChangeableBy(writer);
        article.withdraw(expectedRevision, clock.instant());
        announcements.announce(EventType.ARTICLE_WITHDRAWN, article);
        searchCache.invalidateOnCommit();
        return article;
    }

    @Transactional
    public Article get(UUID id) {
        return find(id);
    }

    /** An article with its revisions, oldest first, without their text. */
    public record Revisions(Article article, List<ArticleRevision.Summary> revisions) {
    }

    @Transactional
    public Revisions revisions(UUID id) {
        Article article = find(id);
        List<ArticleRevision.Summary> revisions = entityManager.createQuery("""
                select new org.newsgraph.articles.ArticleRevision$Summary(r.revision, r.title, r.publishedAt, r.writtenAt, r.note)
                from ArticleRevision r where r.articleId = :id order by r.revision""", ArticleRevision.Summary.class)
                .setParameter("id", id)
                .getResultList();
        return new Revisions(article, revisions);
    }

    /** One revision of an article, with the article it belongs to. */
    public record Revision(Article article, ArticleRevision revision) {
    }

    @Transactional
    public Revision revision(UUID id, int revision) {
        Article article = find(id);
        ArticleRevision written = ArticleRevision.<ArticleRevision>findByIdOptional(new ArticleRevision.Key(id, revision))
                .orElseThrow(() -> new ArticleProblems.RevisionNotFound(id, revision));
        return new Revision(article, written);
    }

    private Article find(UUID id) {
        return Article.<Article>findByIdOptional(id).orElseThrow(() -> new ArticleProblems.NotFound(id));
    }

    private Optional<Article> earlierResult(IdempotencyKey key, String owner) {
        List<?> rows = entityManager.createNativeQuery(
                        "select article_id, request_hash from idempotency_key where client = :client and idempotency_key = :key")
                .setParameter("client", clientOf(owner))
                .setParameter("key", key.value())
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        if (!key.requestHash().equals(row[1])) {
            throw new ArticleProblems.IdempotencyKeyReused(key.value());
        }
        return Optional.of(find((UUID) row[0]));
    }

    private void remember(IdempotencyKey key, String owner, UUID articleId, Instant now) {
        int inserted = entityManager.createNativeQuery("""
                insert into idempotency_key (idempotency_key, client, request_hash, article_id, created_at)
                values (:key, :client, :hash, :article, :at) on conflict do nothing""")
                .setParameter("key", key.value())
                .setParameter("client", clientOf(owner))
                .setParameter("hash", key.requestHash())
                .setParameter("article", articleId)
                .setParameter("at", now)
                .executeUpdate();
        if (inserted == 0) {
            // A concurrent request with the same key won; this one's work is rolled back.
            throw new ArticleProblems.IdempotentRequestInProgress(key.value());
        }
    }

    /** Keys are per client, so that two partners never collide. */
    private static String clientOf(String owner) {
        return owner == null ? "" : owner;
    }
}
