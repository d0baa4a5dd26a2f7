package org.newsgraph.actors.registry;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.newsgraph.actors.Actor;
import org.newsgraph.actors.ActorProblems;
import org.newsgraph.actors.AliasOrigin;
import org.newsgraph.actors.extraction.ActorType;
import org.newsgraph.events.ActorMerged;
import org.newsgraph.events.ActorRenamed;
import org.newsgraph.events.ActorRetyped;
import org.newsgraph.events.EventType;
import org.newsgraph.messaging.outbox.Outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

/**
 * What curators change in the registry. Every change is announced on topic {@code actors} in its transaction;
 * callers pass the changed actors to the {@link RegistryIndex} once it has committed.
 */
@ApplicationScoped
public class Curation {

    private final EntityManager entityManager;
    private final Outbox outbox;
    private final Clock clock;

    public Curation(EntityManager entityManager, Outbox outbox, Clock clock) {
        this.entityManager = entityManager;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** A change to one actor; absent fields stay as they are. */
    /** @param type null to keep the actor's type */
    public record Change(String name, List<String> addAliases, List<String> removeAliases, List<String> addRoles,
                         List<String> removeRoles, String wikidataQid, ActorType type) {
    }

    @Transactional
    public Actor change(UUID id, Change change) {
        Actor actor = lockActive(id);
        Instant now = clock.instant();
        if (change.name() != null && !change.name().strip().equals(actor.name)) {
            String name = change.name().strip();
            Actor.findActive(actor.type, name).filter(other -> !other.id.equals(actor.id)).ifPresent(other -> {
                throw new ActorProblems.NameTaken(name, other.id);
            });
            actor.rename(name, now);
            outbox.publish(EventType.ACTOR_RENAMED, actor.id.toString(), new ActorRenamed(actor.id, actor.name));
        }
        for (String alias : orEmpty(change.addAliases())) {
            actor.otherCalled(alias).ifPresent(other -> {
                throw new ActorProblems.AliasTaken(alias.strip(), other.id);
            });
            actor.addAlias(alias.strip(), AliasOrigin.CURATED);
        }
        orEmpty(change.removeAliases()).forEach(actor::removeAlias);
        for (String role : orEmpty(change.addRoles())) {
            // a title differing only in case is the one the actor has
            entityManager.createNativeQuery("""
                    insert into actor_role (actor_id, role, article_id, seen_at)
                    select :actor, :role, null, :seen
                    where not exists (select 1 from actor_role where actor_id = :actor and lower(role) = lower(:role))""")
                    .setParameter("actor", actor.id).setParameter("role", role.strip()).setParameter("seen", now)
                    .executeUpdate();
        }
        for (String role : orEmpty(change.removeRoles())) {
            entityManager.createNativeQuery("delete from actor_role where actor_id = :actor and lower(role) = lower(:role)")
                    .setParameter("actor", actor.id).setParameter("role", role.strip()).executeUpdate();
        }
        if (change.type() != null && change.type() != actor.type) {
            retype(actor, change.type(), now);
        }
        if (change.wikidataQid() != null) {
            actor.wikidataQid = change.wikidataQid().isBlank() ? null : change.wikidataQid();
        }
        actor.curated(now);
        return actor;
    }

    /** Everything the merged actor was is the survivor's now: mentions, quotes, co-mentions, titles, names. */
    @Transactional
    public Actor merge(UUID id, UUID intoId) {
        // Locked in id order, so that two opposite merges cannot deadlock.
        Actor first = lock(id.compareTo(intoId) < 0 ? id : intoId);
        Actor second = lock(id.compareTo(intoId) < 0 ? intoId : id);
        Actor merged = first.id.equals(id) ? first : second;
        Actor survivor = first.id.equals(id) ? second : first;
        merged.mergeInto(survivor, clock.instant());
        move("update mention set actor_id = :into where actor_id = :merged", id, intoId);
        move("update quote set speaker_actor_id = :into where speaker_actor_id = :merged", id, intoId);
        move("update relation set actor_id = :into where actor_id = :merged", id, intoId);
        move("update relation set other_id = :into where other_id = :merged", id, intoId);
        entityManager.createNativeQuery("delete from relation where actor_id = :into and other_id = :into")
                .setParameter("into", intoId).executeUpdate();
        move("""
                delete from actor_role r where r.actor_id = :merged and exists (select 1 from actor_role s
                 where s.actor_id = :into and s.role = r.role and s.article_id is not distinct from r.article_id)""", id, intoId);
        move("update actor_role set actor_id = :into where actor_id = :merged", id, intoId);
        outbox.publish(EventType.ACTOR_MERGED, merged.id.toString(), new ActorMerged(merged.id, survivor.id));
        return survivor;
    }

    private void move(String sql, UUID merged, UUID into) {
        entityManager.createNativeQuery(sql).setParameter("merged", merged).setParameter("into", into).executeUpdate();
    }

    private Actor lockActive(UUID id) {
        Actor actor = lock(id);
        if (!actor.isActive()) {
            throw new ActorProblems.NotActive(id);
        }
        return actor;
    }

    private Actor lock(UUID id) {
        Actor actor = entityManager.find(Actor.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (actor == null) {
            throw new ActorProblems.NotFound(id);
        }
        return actor;
    }

    /** Of another type, its names must be free there too: no two actors of one type share a name. */
    private void retype(Actor actor, ActorType type, Instant now) {
        // Checked before the change, which a query's flush would otherwise send against the unique name index.
        Actor.findActive(type, actor.name).ifPresent(other -> {
            throw new ActorProblems.NameTaken(actor.name, other.id);
        });
        actor.type = type;
        for (String alias : actor.aliasNames()) {
            actor.otherCalled(alias).ifPresent(other -> {
                throw new ActorProblems.AliasTaken(alias, other.id);
            });
        }
        actor.updatedAt = now;
        outbox.publish(EventType.ACTOR_RETYPED, actor.id.toString(), new ActorRetyped(actor.id, type.name()));
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values.stream().filter(value -> value != null && !value.isBlank()).toList();
    }
}
