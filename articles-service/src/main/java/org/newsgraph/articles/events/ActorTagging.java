package org.newsgraph.articles.events;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hibernate.Session;
import org.newsgraph.articles.TagRevisions;
import org.newsgraph.events.ArticleActorsIdentified;
import org.newsgraph.messaging.transaction.AfterCommit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

/**
 * Keeps each article's actor tags, a local copy of what the actors service identified. Tags arrive by the hundred
 * under load and touch no more of the article than its tag revision, so they are written as plain rows in JDBC
 * batches, without loading the articles.
 */
@ApplicationScoped
public class ActorTagging {

    private final EntityManager entityManager;
    private final TransactionSynchronizationRegistry transactions;
    private final Clock clock;
    private final Timer freshness;

    public ActorTagging(EntityManager entityManager, TransactionSynchronizationRegistry transactions,
            Clock clock, MeterRegistry meters) {
        this.entityManager = entityManager;
        this.transactions = transactions;
        this.clock = clock;
        this.freshness = Timer.builder("newsgraph.article.freshness")
                .description("From a revision written to its actor tags stored: how long readers wait to know who is in it")
                .publishPercentileHistogram().register(meters);
    }

    /**
     * Takes the tags of each identified revision, in order, in one transaction. The articles are locked meanwhile,
     * so that tags of two revisions taken at once are weighed one after the other; tags of an article not stored
     * here are dropped.
     */
    @Transactional
    public void take(List<ArticleActorsIdentified> identified) {
        Map<UUID, Instant> revisedAt = new HashMap<>();
        Map<UUID, TagRevisions> articles = lockRevisions(identified.stream().map(ArticleActorsIdentified::articleId).distinct().toList(),
                revisedAt);
        Map<UUID, ArticleActorsIdentified> taken = new LinkedHashMap<>();
        List<Instant> madeKnown = new ArrayList<>();
        for (ArticleActorsIdentified revision : identified) {
            TagRevisions article = articles.get(revision.articleId());
            if (article != null && article.takes(revision.revision())) {
                if (article.firstOfCurrent(revision.revision())) {
                    madeKnown.add(revisedAt.get(revision.articleId()));
                }
                articles.put(revision.articleId(), article.taken(revision.revision()));
                taken.put(revision.articleId(), revision);
            }
        }
        if (!taken.isEmpty()) {
            entityManager.unwrap(Session.class).doWork(connection -> replaceTags(connection, taken.values()));
            AfterCommit.run(transactions, () -> {
                Instant now = clock.instant();
                madeKnown.forEach(written -> freshness.record(Duration.between(written, now)));
            });
        }
    }

    /** @param revisedAt filled with when each article's current revision was written */
    private Map<UUID, TagRevisions> lockRevisions(List<UUID> articleIds, Map<UUID, Instant> revisedAt) {
        List<?> rows = entityManager.createNativeQuery(
                        """
                        select id, revision, tags_revision, (extract(epoch from last_modified_at) * 1000)::bigint
                          from article where id in (:ids) for no key update""")
                .setParameter("ids", articleIds)
                .getResultList();
        Map<UUID, TagRevisions> revisions = new LinkedHashMap<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            revisions.put((UUID) columns[0], new TagRevisions((Integer) columns[1], (Integer) columns[2]));
            revisedAt.put((UUID) columns[0], Instant.ofEpochMilli(((Number) columns[3]).longValue()));
        }
        return revisions;
    }

    private static void replaceTags(Connection connection, Iterable<ArticleActorsIdentified> taken) throws SQLException {
        try (PreparedStatement revision = connection.prepareStatement("update article set tags_revision = ? where id = ?");
                PreparedStatement forget = connection.prepareStatement("delete from article_actor_tag where article_id = ?");
                PreparedStatement tag = connection.prepareStatement(
                        "insert into article_actor_tag (article_id, actor_id, name, type, roles, mention_count, aliases) values (?, ?, ?, ?, ?, ?, ?)")) {
            for (ArticleActorsIdentified identified : taken) {
                revision.setInt(1, identified.revision());
                revision.setObject(2, identified.articleId());
                revision.addBatch();
                forget.setObject(1, identified.articleId());
                forget.addBatch();
                for (ArticleActorsIdentified.Actor actor : identified.actors()) {
                    tag.setObject(1, identified.articleId());
                    tag.setObject(2, actor.actorId());
                    tag.setString(3, actor.name());
                    tag.setString(4, actor.type());
                    tag.setArray(5, connection.createArrayOf("text", actor.roles().toArray()));
                    tag.setInt(6, actor.mentionCount());
                    tag.setArray(7, connection.createArrayOf("text", actor.aliases().toArray()));
                    tag.addBatch();
                }
            }
            revision.executeBatch();
            forget.executeBatch();
            tag.executeBatch();
        }
    }
}
