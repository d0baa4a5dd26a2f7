package org.newsgraph.actors.registry;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.newsgraph.actors.AliasOrigin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

/**
 * What each merge took from the merged actor, kept so that the merge can be undone: the actor's aliases, the names the
 * survivor gained, and the mention, quote, co-mention and title rows as they were before they moved.
 */
@ApplicationScoped
public class MergeRecords {

    private final EntityManager entityManager;
    private final ObjectMapper json;

    public MergeRecords(EntityManager entityManager, ObjectMapper json) {
        this.entityManager = entityManager;
        this.json = json;
    }

    /** An open merge: recorded and not undone. */
    public record Kept(long id, Map<String, AliasOrigin> aliases, List<String> gainedAliases) {
    }

    /** How many rows an undo gave back to the restored actor. */
    public record Restored(int mentions, int quotes, int relations, int roles) {
    }

    /** Takes down the merged actor's rows before they move; in the merge's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void keep(UUID merged, UUID into, Map<String, AliasOrigin> aliases, List<String> gainedAliases, Instant at) {
        entityManager.createNativeQuery("""
                insert into actor_merge (actor_id, into_id, merged_at, aliases, gained_aliases, moved)
                select :merged, :into, :at, cast(:aliases as jsonb), cast(:gained as jsonb), jsonb_build_object(
                    'mentions', (select coalesce(jsonb_agg(to_jsonb(m)), '[]') from mention m where m.actor_id = :merged),
                    'quotes', (select coalesce(jsonb_agg(to_jsonb(q)), '[]') from quote q where q.speaker_actor_id = :merged),
                    'relations', (select coalesce(jsonb_agg(to_jsonb(r)), '[]') from relation r where :merged in (r.actor_id, r.other_id)),
                    'roles', (select coalesce(jsonb_agg(to_jsonb(r) || jsonb_build_object('shared', exists (select 1 from actor_role s
                                  where s.actor_id = :into and s.role = r.role and s.article_id is not distinct from r.article_id))), '[]')
                                from actor_role r where r.actor_id = :merged))""")
                .setParameter("merged", merged).setParameter("into", into).setParameter("at", at)
                .setParameter("aliases", write(aliases)).setParameter("gained", write(gainedAliases))
                .executeUpdate();
    }

    /** The open merge of the actor into the survivor, if there is one. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Kept> open(UUID merged, UUID into) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select id, aliases::text, gained_aliases::text from actor_merge
                 where actor_id = :merged and into_id = :into and undone_at is null""")
                .setParameter("merged", merged).setParameter("into", into).getResultList();
        return rows.stream().findFirst().map(row -> new Kept(((Number) row[0]).longValue(),
                read((String) row[1], new TypeReference<LinkedHashMap<String, AliasOrigin>>() {
                }), read((String) row[2], new TypeReference<List<String>>() {
                })));
    }

    /** When the merge of the actor into the survivor was last undone, if ever. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Instant> lastUndone(UUID merged, UUID into) {
        return TypedColumn.query(entityManager, """
                select undone_at from actor_merge where actor_id = :merged and into_id = :into and undone_at is not null
                 order by undone_at desc limit 1""", "undone_at", Instant.class)
                .setParameter("merged", merged).setParameter("into", into).getResultStream().findFirst();
    }

    /**
     * Gives the merged actor back the rows the merge moved, where the survivor still has them: an article read again
     * since keeps what its new reading said. Co-mentions come back for the articles whose mentions did.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Restored restore(Kept kept, UUID merged, UUID into, Instant at) {
        int mentions = update("""
                update mention set actor_id = :merged where actor_id = :into and (article_id, revision, start_at, end_at) in (
                    select r.article_id, r.revision, r.start_at, r.end_at from actor_merge g,
                           jsonb_to_recordset(g.moved -> 'mentions') r(article_id uuid, revision int, start_at int, end_at int)
                     where g.id = :merge)""", kept, merged, into);
        int quotes = update("""
                update quote set speaker_actor_id = :merged where speaker_actor_id = :into and (article_id, revision, start_at) in (
                    select r.article_id, r.revision, r.start_at from actor_merge g,
                           jsonb_to_recordset(g.moved -> 'quotes') r(article_id uuid, revision int, start_at int)
                     where g.id = :merge)""", kept, merged, into);
        // Each co-mention moved as one row, or was dropped where it joined the two: one row of its moved form goes.
        update("""
                delete from relation x where x.ctid in (
                    select (select y.ctid from relation y
                             where y.actor_id = case r.actor_id when :merged then :into else r.actor_id end
                               and y.other_id = case r.other_id when :merged then :into else r.other_id end
                               and y.article_id = r.article_id and y.evidence_start = r.evidence_start
                               and y.evidence_end = r.evidence_end limit 1)
                      from actor_merge g, jsonb_to_recordset(g.moved -> 'relations')
                           r(actor_id uuid, other_id uuid, article_id uuid, evidence_start int, evidence_end int)
                     where g.id = :merge and r.article_id in (select article_id from mention where actor_id = :merged))""", kept, merged, into);
        int relations = update("""
                insert into relation (actor_id, other_id, article_id, weight, evidence_start, evidence_end)
                select r.actor_id, r.other_id, r.article_id, r.weight, r.evidence_start, r.evidence_end
                  from actor_merge g, jsonb_to_recordset(g.moved -> 'relations')
                       r(actor_id uuid, other_id uuid, article_id uuid, weight double precision, evidence_start int, evidence_end int)
                 where g.id = :merge and r.article_id in (select article_id from mention where actor_id = :merged)""", kept, merged, into);
        update("""
                delete from actor_role s using actor_merge g, jsonb_to_recordset(g.moved -> 'roles') r(role text, article_id uuid, shared boolean)
                 where g.id = :merge and not r.shared and s.actor_id = :into and s.role = r.role
                   and s.article_id is not distinct from r.article_id
                   and (r.article_id is null or r.article_id in (select article_id from mention where actor_id = :merged))""", kept, merged, into);
        int roles = update("""
                insert into actor_role (actor_id, role, article_id, seen_at)
                select :merged, r.role, r.article_id, r.seen_at
                  from actor_merge g, jsonb_to_recordset(g.moved -> 'roles') r(role text, article_id uuid, seen_at timestamptz)
                 where g.id = :merge and (r.article_id is null or r.article_id in (select article_id from mention where actor_id = :merged))
                on conflict do nothing""", kept, merged, into);
        entityManager.createNativeQuery("update actor_merge set undone_at = :at where id = :merge")
                .setParameter("at", at).setParameter("merge", kept.id()).executeUpdate();
        return new Restored(mentions, quotes, relations, roles);
    }

    /** Runs a statement of the undo with those of the merge's parameters it names. */
    private int update(String sql, Kept kept, UUID merged, UUID into) {
        Query statement = entityManager.createNativeQuery(sql);
        Map.<String, Object>of("merge", kept.id(), "merged", merged, "into", into).forEach((name, value) -> {
            if (Pattern.compile(":" + name + "\\b").matcher(sql).find()) {
                statement.setParameter(name, value);
            }
        });
        return statement.executeUpdate();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("names are plain values", e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a merge record is written by this service", e);
        }
    }
}
