package org.newsgraph.actors.registry;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.newsgraph.actors.Actor;
import org.newsgraph.actors.AliasOrigin;
import org.newsgraph.actors.extraction.ActorType;
import org.newsgraph.actors.extraction.KnownActor;
import org.newsgraph.actors.extraction.Mention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Turns what the engine found into registry actors: the actor the engine linked, else the active actor of that
 * type and name, else a new one. What the article calls it is remembered among its aliases. An actor the index
 * already knows by every one of those names is answered from memory. A new actor named once is provisional, and the
 * index does not learn it, until another article names it or one names it twice.
 */
@ApplicationScoped
public class ActorRegistry {

    private final Clock clock;
    private final RegistryIndex index;
    private final EntityManager entityManager;

    public ActorRegistry(Clock clock, RegistryIndex index, EntityManager entityManager) {
        this.clock = clock;
        this.index = index;
        this.entityManager = entityManager;
    }

    /**
     * A registry actor as an article found it.
     *
     * @param changed what the index should know of the actor now, when this transaction stored it; else null
     */
    public record Resolved(UUID id, String name, ActorType type, KnownActor changed) {
    }

    /** @param articleId the article that found it, whose earlier mentions are already forgotten */
    @Transactional(Transactional.TxType.MANDATORY)
    public Resolved resolve(org.newsgraph.actors.extraction.Actor found, UUID articleId) {
        List<String> names = names(found);
        Optional<KnownActor> known = Optional.ofNullable(found.knownActorId()).flatMap(id -> index.knowing(id, names));
        if (known.isPresent()) {
            return new Resolved(UUID.fromString(known.get().id()), known.get().name(), known.get().type(), null);
        }
        Instant now = clock.instant();
        Actor actor = linked(found).or(() -> Actor.findActive(found.type(), found.registryName())).orElseGet(() -> claim(found, now));
        boolean learned = false;
        for (String name : names) {
            learned |= actor.addAlias(name, AliasOrigin.EXTRACTED);
        }
        if (actor.provisional && (found.mentions().size() > 1 || namedElsewhere(actor.id, articleId))) {
            actor.provisional = false;
            learned = true;
        }
        if (learned) {
            actor.updatedAt = now;
        }
        return new Resolved(actor.id, actor.name, actor.type, actor.provisional ? null : RegistryIndex.known(actor));
    }

    /**
     * A new actor, stored by an insert that yields to an actor of the type and name that another transaction, on this
     * replica or another, stored meanwhile: the unique name index makes it wait for that one to commit, then do
     * nothing, and the name resolves to that actor.
     */
    private Actor claim(org.newsgraph.actors.extraction.Actor found, Instant now) {
        Actor discovered = Actor.discovered(found.registryName(), found.type(), found.mentions().size(), now);
        entityManager.createNativeQuery("""
                insert into actor (id, type, name, normalized_name, status, provisional, created_at, updated_at)
                values (:id, :type, :name, :key, 'ACTIVE', :provisional, :now, :now)
                on conflict (type, normalized_name) where status = 'ACTIVE' do nothing""")
                .setParameter("id", discovered.id).setParameter("type", discovered.type.name()).setParameter("name", discovered.name)
                .setParameter("key", discovered.normalizedName).setParameter("provisional", discovered.provisional)
                .setParameter("now", now).executeUpdate();
        return Actor.findActive(found.type(), found.registryName()).orElseThrow();
    }

    /**
     * Removes the actors no article names any more and no editor curated, unchanged since the given instant: what an
     * earlier engine found and the current one, reading the archive again, does not.
     *
     * @return the ids of the actors removed
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<UUID> retireUnnamed(Instant unchangedSince) {
        @SuppressWarnings("unchecked")
        List<UUID> retired = entityManager.createNativeQuery("""
                with unnamed as (
                    select a.id from actor a
                     where a.status = 'ACTIVE' and a.curated_at is null and a.updated_at < :since
                       and not exists (select 1 from mention m where m.actor_id = a.id)
                       and not exists (select 1 from quote q where q.speaker_actor_id = a.id)
                       and not exists (select 1 from actor merged where merged.merged_into = a.id)
                       for update),
                aliases as (delete from actor_alias where actor_id in (select id from unnamed)),
                roles as (delete from actor_role where actor_id in (select id from unnamed)),
                relations as (delete from relation where actor_id in (select id from unnamed) or other_id in (select id from unnamed))
                delete from actor where id in (select id from unnamed) returning id""", UUID.class)
                .setParameter("since", unchangedSince).getResultList();
        index.announce(retired);
        return retired;
    }

    private boolean namedElsewhere(UUID actorId, UUID articleId) {
        return (Boolean) entityManager.createNativeQuery(
                        "select exists (select 1 from mention where actor_id = :actor and article_id <> :article)")
                .setParameter("actor", actorId).setParameter("article", articleId).getSingleResult();
    }

    /** Every name the article gives the actor. */
    private static List<String> names(org.newsgraph.actors.extraction.Actor found) {
        List<String> names = new ArrayList<>(List.of(found.name(), found.registryName()));
        names.addAll(found.aliases());
        found.mentions().forEach(mention -> names.add(mention.text()));
        return names;
    }

    /** The actor the engine recognised, followed through merges to the one that answers for it now. */
    private static Optional<Actor> linked(org.newsgraph.actors.extraction.Actor found) {
        if (found.knownActorId() == null) {
            return Optional.empty();
        }
        Actor actor = Actor.findById(UUID.fromString(found.knownActorId()));
        for (int hops = 0; actor != null && !actor.isActive() && hops < 16; hops++) {
            actor = Actor.findById(actor.mergedInto);
        }
        return Optional.ofNullable(actor).filter(Actor::isActive);
    }
}
