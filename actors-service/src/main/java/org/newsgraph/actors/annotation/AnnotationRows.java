package org.newsgraph.actors.annotation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.hibernate.Session;

import jakarta.persistence.EntityManager;

/**
 * What one article says about actors — its mentions, quotes, co-mentions and titles — as plain rows: hundreds per article,
 * always written and forgotten together and only ever read by queries, so they go to the database in JDBC batches
 * rather than as entities.
 */
final class AnnotationRows {

    record MentionRow(UUID actorId, int start, int end, String surface, int sentence) {
    }

    /** @param speakerActorId null when the text names no speaker */
    record QuoteRow(UUID speakerActorId, String text, int start, int end, String speechVerb) {
    }

    /** Two actors the article relates, once per pair; the evidence is a passage of the article's body. */
    record RelationRow(UUID actorId, UUID otherId, double weight, int evidenceStart, int evidenceEnd) {
    }

    /** A title or role the article gives an actor. */
    record RoleRow(UUID actorId, String role) {
    }

    private AnnotationRows() {
    }

    /** Writes the rows in the current transaction, after the registry changes they refer to. */
    static void write(EntityManager entityManager, ArticleCopy article, List<MentionRow> mentions, List<QuoteRow> quotes,
            List<RelationRow> relations, List<RoleRow> roles) {
        UUID articleId = article.id;
        int revision = article.revision;
        OffsetDateTime seenAt = OffsetDateTime.ofInstant(article.publishedAt, ZoneOffset.UTC);
        entityManager.flush();
        entityManager.unwrap(Session.class).doWork(connection -> {
            insertAll(connection, "insert into mention (actor_id, article_id, revision, start_at, end_at, surface, sentence) values (?, ?, ?, ?, ?, ?, ?)",
                    mentions, (insert, mention) -> {
                        insert.setObject(1, mention.actorId());
                        insert.setObject(2, articleId);
                        insert.setInt(3, revision);
                        insert.setInt(4, mention.start());
                        insert.setInt(5, mention.end());
                        insert.setString(6, mention.surface());
                        insert.setInt(7, mention.sentence());
                    });
            insertAll(connection, "insert into quote (speaker_actor_id, article_id, revision, text, start_at, end_at, speech_verb) values (?, ?, ?, ?, ?, ?, ?)",
                    quotes, (insert, quote) -> {
                        if (quote.speakerActorId() == null) {
                            insert.setNull(1, Types.OTHER);
                        } else {
                            insert.setObject(1, quote.speakerActorId());
                        }
                        insert.setObject(2, articleId);
                        insert.setInt(3, revision);
                        insert.setString(4, quote.text());
                        insert.setInt(5, quote.start());
                        insert.setInt(6, quote.end());
                        insert.setString(7, quote.speechVerb());
                    });
            insertAll(connection, "insert into relation (actor_id, other_id, article_id, weight, evidence_start, evidence_end) values (?, ?, ?, ?, ?, ?)",
                    relations, (insert, relation) -> {
                        insert.setObject(1, relation.actorId());
                        insert.setObject(2, relation.otherId());
                        insert.setObject(3, articleId);
                        insert.setDouble(4, relation.weight());
                        insert.setInt(5, relation.evidenceStart());
                        insert.setInt(6, relation.evidenceEnd());
                    });
            insertAll(connection, "insert into actor_role (actor_id, role, article_id, seen_at) values (?, ?, ?, ?) on conflict do nothing",
                    roles, (insert, role) -> {
                        insert.setObject(1, role.actorId());
                        insert.setString(2, role.role());
                        insert.setObject(3, articleId);
                        insert.setObject(4, seenAt);
                    });
        });
    }

    /** Sets one row's parameters on an insert. */
    private interface Binder<T> {
        void bind(PreparedStatement insert, T row) throws SQLException;
    }

    /** One batch for all the rows; nothing is sent for none. */
    private static <T> void insertAll(Connection connection, String sql, List<T> rows, Binder<T> binder) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (T row : rows) {
                binder.bind(insert, row);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Removes everything the article said, titles included. */
    static void forget(EntityManager entityManager, UUID articleId) {
        entityManager.unwrap(Session.class).doWork(connection -> {
            for (String table : List.of("mention", "quote", "relation", "actor_role")) {
                delete(connection, table, articleId);
            }
        });
    }

    private static void delete(Connection connection, String table, UUID articleId) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("delete from " + table + " where article_id = ?")) {
            delete.setObject(1, articleId);
            delete.executeUpdate();
        }
    }
}
