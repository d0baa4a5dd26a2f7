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

    record RelationRow(UUID actorId, UUID otherId, double weight, String evidence) {
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
        entityManager.flush();
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into mention (actor_id, article_id, revision, start_at, end_at, surface, sentence) values (?, ?, ?, ?, ?, ?, ?)")) {
                for (MentionRow mention : mentions) {
                    insert.setObject(1, mention.actorId());
                    insert.setObject(2, articleId);
                    insert.setInt(3, revision);
                    insert.setInt(4, mention.start());
                    insert.setInt(5, mention.end());
                    insert.setString(6, mention.surface());
                    insert.setInt(7, mention.sentence());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into quote (speaker_actor_id, article_id, revision, text, start_at, end_at, speech_verb) values (?, ?, ?, ?, ?, ?, ?)")) {
                for (QuoteRow quote : quotes) {
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
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into relation (actor_id, other_id, article_id, weight, evidence) values (?, ?, ?, ?, ?)")) {
                for (RelationRow relation : relations) {
                    insert.setObject(1, relation.actorId());
                    insert.setObject(2, relation.otherId());
                    insert.setObject(3, articleId);
                    insert.setDouble(4, relation.weight());
                    insert.setString(5, relation.evidence());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into actor_role (actor_id, role, article_id, seen_at) values (?, ?, ?, ?) on conflict do nothing")) {
                for (RoleRow role : roles) {
                    insert.setObject(1, role.actorId());
                    insert.setString(2, role.role());
                    insert.setObject(3, articleId);
                    insert.setObject(4, OffsetDateTime.ofInstant(article.publishedAt, ZoneOffset.UTC));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
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
