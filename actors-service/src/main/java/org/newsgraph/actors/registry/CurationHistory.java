package org.newsgraph.actors.registry;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.hibernate.query.NativeQuery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Writes down each curation change in the transaction that makes it: who, when, what, and what it touched before and after. */
@ApplicationScoped
public class CurationHistory {

    private final EntityManager entityManager;
    private final ObjectMapper json;

    public CurationHistory(EntityManager entityManager, ObjectMapper json) {
        this.entityManager = entityManager;
        this.json = json;
    }

    /**
     * A change to one actor, or to two for a merge and its undo.
     *
     * @param otherActorId the survivor of a merge; else null
     */
    public record Entry(UUID actorId, UUID otherActorId, CurationKind kind, String curator, Instant at,
            Map<String, ?> before, Map<String, ?> after) {

        public static Entry of(UUID actorId, CurationKind kind, String curator, Instant at, Map<String, ?> before, Map<String, ?> after) {
            return new Entry(actorId, null, kind, curator, at, before, after);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Entry entry) {
        // Typed, so that no survivor binds as a null of type uuid.
        entityManager.createNativeQuery("""
                insert into curation_change (actor_id, other_actor_id, kind, curator, changed_at, before, after)
                values (:actor, :other, :kind, :curator, :at, cast(:before as jsonb), cast(:after as jsonb))""")
                .unwrap(NativeQuery.class)
                .setParameter("actor", entry.actorId())
                .setParameter("other", entry.otherActorId(), UUID.class)
                .setParameter("kind", entry.kind().name())
                .setParameter("curator", entry.curator())
                .setParameter("at", entry.at())
                .setParameter("before", write(entry.before()))
                .setParameter("after", write(entry.after()))
                .executeUpdate();
    }

    private String write(Map<String, ?> detail) {
        try {
            return json.writeValueAsString(detail);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a curation detail is plain values", e);
        }
    }
}
