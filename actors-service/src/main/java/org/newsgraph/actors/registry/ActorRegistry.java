package org.newsgraph.actors.registry;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.hibernate.query.NativeQuery;
import org.newsgraph.actors.Actor;
import org.newsgraph.actors.AliasOrigin;
import org.newsgraph.actors.extraction.ActorType;
import org.newsgraph.actors.extraction.KnownActor;
import org.newsgraph.actors.extraction.Names;

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

    /**
     * The registry actors of what an article found, in its order, with a few queries whatever their number: the
     * actors of their names are read at once, the new ones stored at once, in the order of their names.
     *
     * @param articleId the article that found them, whose earlier mentions are already forgotten
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Resolved> resolve(List<org.newsgraph.actors.extraction.Actor> found, UUID articleId) {
        Instant now = clock.instant();
        Resolved[] resolved = new Resolved[found.size()];
        Actor[] actors = new Actor[found.size()];
        Map<NameKey, org.newsgraph.actors.extraction.Actor> unlinked = new TreeMap<>(NameKey.ORDER);
        for (int i = 0; i < found.size(); i++) {
            org.newsgraph.actors.extraction.Actor actor = found.get(i);
            Optional<KnownActor> known = Optional.ofNullable(actor.knownActorId()).flatMap(id -> index.knowing(id, names(actor)));
            if (known.isPresent()) {
                resolved[i] = new Resolved(UUID.fromString(known.get().id()), known.get().name(), known.get().type(), null);
            } else {
                actors[i] = linked(actor).orElse(null);
                if (actors[i] == null) {
                    unlinked.putIfAbsent(NameKey.of(actor), actor);
                }
            }
        }
        Map<NameKey, Actor> named = active(unlinked.keySet());
        List<org.newsgraph.actors.extraction.Actor> unclaimed = unlinked.entrySet().stream()
                .filter(entry -> !named.containsKey(entry.getKey())).map(Map.Entry::getValue).toList();
        if (!unclaimed.isEmpty()) {
            claim(unclaimed, now);
            named.putAll(active(unclaimed.stream().map(NameKey::of).toList()));
        }
        for (int i = 0; i < found.size(); i++) {
            if (resolved[i] == null && actors[i] == null) {
                actors[i] = named.get(NameKey.of(found.get(i)));
            }
        }
        Set<UUID> namedElsewhere = namedElsewhere(IntStream.range(0, found.size())
                .filter(i -> actors[i] != null && actors[i].provisional && found.get(i).mentions().size() < 2)
                .mapToObj(i -> actors[i].id).collect(Collectors.toSet()), articleId);
        for (int i = 0; i < found.size(); i++) {
            if (resolved[i] == null) {
                resolved[i] = learn(actors[i], found.get(i), namedElsewhere, now);
            }
        }
        return List.of(resolved);
    }

    /** The type and name key of an actor, in the order new actors are stored, so that two stores wait in one order. */
    private record NameKey(ActorType type, String key) {

        static final Comparator<NameKey> ORDER = Comparator.comparing(NameKey::type).thenComparing(NameKey::key);

        static NameKey of(org.newsgraph.actors.extraction.Actor found) {
            return new NameKey(found.type(), Names.key(found.registryName()));
        }
    }

    /** What the article calls the actor is remembered among its aliases; named twice, it is provisional no more. */
    private static Resolved learn(Actor actor, org.newsgraph.actors.extraction.Actor found, Set<UUID> namedElsewhere, Instant now) {
        boolean learned = false;
        for (String name : names(found)) {
            learned |= actor.addAlias(name, AliasOrigin.EXTRACTED);
        }
        if (actor.provisional && (found.mentions().size() > 1 || namedElsewhere.contains(actor.id))) {
            actor.provisional = false;
            learned = true;
        }
        if (learned) {
            actor.updatedAt = now;
        }
        return new Resolved(actor.id, actor.name, actor.type, actor.provisional ? null : RegistryIndex.known(actor));
    }

    /** The active actors of these types and names, with their aliases. */
    private Map<NameKey, Actor> active(Collection<NameKey> keys) {
        Map<NameKey, Actor> active = new TreeMap<>(NameKey.ORDER);
        if (keys.isEmpty()) {
            return active;
        }
        Set<NameKey> wanted = Set.copyOf(keys);
        // The names as one array, not an IN list: Hibernate plans a query with a list of values again at every call.
        @SuppressWarnings("unchecked")
        List<Actor> named = entityManager.createNativeQuery(
                        "select * from actor where status = 'ACTIVE' and normalized_name = any(cast(:names as text[]))", Actor.class)
                .unwrap(NativeQuery.class).addSynchronizedEntityClass(Actor.class)
                .setParameter("names", wanted.stream().map(NameKey::key).distinct().toArray(String[]::new))
                .getResultList();
        for (Actor actor : named) {
            NameKey key = new NameKey(actor.type, actor.normalizedName);
            if (wanted.contains(key)) {
                active.put(key, actor);
            }
        }
        return active;
    }

    /**
     * Stores new actors by one insert that yields to an actor of the type and name that another transaction, on this
     * replica or another, stored meanwhile: the unique name index makes it wait for that one to commit, then do
     * nothing, and the name resolves to that actor.
     */
    private void claim(List<org.newsgraph.actors.extraction.Actor> found, Instant now) {
        StringJoiner rows = new StringJoiner(", ");
        for (int i = 0; i < found.size(); i++) {
            rows.add("(:id%1$d, :type%1$d, :name%1$d, :key%1$d, 'ACTIVE', :provisional%1$d, :now, :now)".formatted(i));
        }
        var insert = entityManager.createNativeQuery("insert into actor (id, type, name, normalized_name, status, provisional, created_at, updated_at) values "
                + rows + " on conflict (type, normalized_name) where status = 'ACTIVE' do nothing").setParameter("now", now);
        for (int i = 0; i < found.size(); i++) {
            Actor discovered = Actor.discovered(found.get(i).registryName(), found.get(i).type(), found.get(i).mentions().size(), now);
            insert.setParameter("id" + i, discovered.id).setParameter("type" + i, discovered.type.name()).setParameter("name" + i, discovered.name)
                    .setParameter("key" + i, discovered.normalizedName).setParameter("provisional" + i, discovered.provisional);
        }
        insert.executeUpdate();
    }

    /**
     * Removes the actors no article names any more and no editor curated, unchanged since the given instant: what an
     * earlier engine found and the current one, reading the archive again, does not.
     *
     * @return the ids of the actors removed
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<UUID> retireUnnamed(Instant unchangedSince) {
        List<UUID> retired = TypedColumn.query(entityManager, """
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
                delete from actor where id in (select id from unnamed) returning id""", "id", UUID.class)
                .setParameter("since", unchangedSince).getResultList();
        index.announce(retired);
        return retired;
    }

    /** Those of these actors that another article names. */
    private Set<UUID> namedElsewhere(Set<UUID> actorIds, UUID articleId) {
        if (actorIds.isEmpty()) {
            return Set.of();
        }
        // As one array, as in active().
        List<UUID> named = TypedColumn.query(entityManager,
                        "select distinct actor_id from mention where actor_id = any(cast(:actors as uuid[])) and article_id <> :article",
                        "actor_id", UUID.class)
                .setParameter("actors", actorIds.toArray(UUID[]::new)).setParameter("article", articleId).getResultList();
        return Set.copyOf(named);
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
