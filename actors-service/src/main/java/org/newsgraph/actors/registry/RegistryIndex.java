package org.newsgraph.actors.registry;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.hibernate.jpa.HibernateHints;
import org.newsgraph.actors.Actor;
import org.newsgraph.actors.extraction.ActorType;
import org.newsgraph.actors.extraction.KnownActor;
import org.newsgraph.actors.extraction.KnownActors;
import org.newsgraph.actors.extraction.Names;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The registry's names in memory, for the engine to resolve names against while it reads: every active actor that is
 * not provisional, under its name and aliases. The first actor to claim a name keeps it. The database owns the facts:
 * a transaction that changes them announces the actors it changed, and every replica reads those again
 * ({@link RegistryFollower}); the replica that made the change also passes them in once it has committed, so that it
 * knows them at once. Thread-safe.
 */
@ApplicationScoped
public class RegistryIndex implements KnownActors {

    /** An indexed actor with the keys of all its names. */
    private record Entry(KnownActor actor, Set<String> keys) {
    }

    private final Map<String, KnownActor> byName = new ConcurrentHashMap<>();
    private final Map<String, Entry> byId = new ConcurrentHashMap<>();

    private static final int LOAD_PAGE = 5_000;
    /** Where changes are announced to every replica. */
    static final String CHANNEL = "registry_index";
    /** A notification carries at most 8,000 bytes: this many ids of 36 characters and a comma. */
    private static final int IDS_PER_NOTIFICATION = 200;

    private final EntityManager entityManager;

    public RegistryIndex(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Reads the registry's names as rows, streamed a page at a time, rather than as entities with their alias
     * collections: a registry of hundreds of thousands of actors loaded as entities outlasted the transaction.
     */
    void load(@Observes StartupEvent startup) {
        QuarkusTransaction.requiringNew().run(() -> read("", Map.of(), this::update));
    }

    /** Reads every actor again, and forgets those no longer active and confirmed: after changes may have been missed. */
    public void reload() {
        replace("", Map.of(), null);
    }

    /** Reads these actors again: the active and confirmed ones are indexed as they are now, the others forgotten. */
    public void refresh(Collection<UUID> actorIds) {
        if (!actorIds.isEmpty()) {
            replace(" and a.id in (:ids)", Map.of("ids", actorIds), actorIds.stream().map(UUID::toString).toList());
        }
    }

    /**
     * Forgets first what is gone, then indexes what is there: a merged actor must give up its names before the
     * survivor can claim them.
     *
     * @param scope the ids read; null for all
     */
    private void replace(String condition, Map<String, Object> parameters, Collection<String> scope) {
        List<KnownActor> current = new ArrayList<>();
        QuarkusTransaction.requiringNew().run(() -> read(condition, parameters, current::addAll));
        Set<String> seen = current.stream().map(KnownActor::id).collect(Collectors.toSet());
        synchronized (this) {
            (scope == null ? List.copyOf(byId.keySet()) : scope).stream().filter(id -> !seen.contains(id)).forEach(this::forget);
            update(current);
        }
    }

    /**
     * Tells every replica, this one included, to read these actors again once the transaction commits, so that the
     * database stays the one owner of what the indexes know.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void announce(Collection<UUID> actorIds) {
        List<String> ids = actorIds.stream().map(UUID::toString).distinct().toList();
        for (int from = 0; from < ids.size(); from += IDS_PER_NOTIFICATION) {
            entityManager.createNativeQuery("select pg_notify(:channel, :ids)")
                    .setParameter("channel", CHANNEL)
                    .setParameter("ids", String.join(",", ids.subList(from, Math.min(from + IDS_PER_NOTIFICATION, ids.size()))))
                    .getSingleResult();
        }
    }

    private void read(String condition, Map<String, Object> parameters, Consumer<List<KnownActor>> pages) {
        List<KnownActor> page = new ArrayList<>(LOAD_PAGE);
        var query = entityManager.createNativeQuery("""
                select a.id, a.name, a.type,
                       (select string_agg(al.alias, chr(31)) from actor_alias al where al.actor_id = a.id)
                  from actor a where a.status = 'ACTIVE' and a.provisional = false""" + condition)
                .setHint(HibernateHints.HINT_FETCH_SIZE, LOAD_PAGE);
        parameters.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        Stream<Object[]> rows = query.getResultStream();
        try (rows) {
            rows.forEach(row -> {
                page.add(new KnownActor(row[0].toString(), (String) row[1], ActorType.valueOf((String) row[2]),
                        row[3] == null ? List.of()
                                : Stream.of(((String) row[3]).split("\u001f")).sorted(String.CASE_INSENSITIVE_ORDER).toList()));
                if (page.size() == LOAD_PAGE) {
                    pages.accept(page);
                    page.clear();
                }
            });
        }
        pages.accept(page);
    }

    @Override
    public Optional<KnownActor> find(String name) {
        return Optional.ofNullable(byName.get(Names.key(name)));
    }

    /** The indexed actor of this id, when it has every one of these names already. */
    public Optional<KnownActor> knowing(String actorId, Collection<String> names) {
        Entry entry = byId.get(actorId);
        if (entry == null || !names.stream().map(Names::key).filter(key -> !key.isEmpty()).allMatch(entry.keys()::contains)) {
            return Optional.empty();
        }
        return Optional.of(entry.actor());
    }

    /** What the engine should know of an actor; taken inside the transaction that changed it. */
    public static KnownActor known(Actor actor) {
        return new KnownActor(actor.id.toString(), actor.name, actor.type, actor.aliasNames());
    }

    /** Replaces what the index knows of these active actors. */
    public synchronized void update(Collection<KnownActor> actors) {
        for (KnownActor actor : actors) {
            forget(actor.id());
        }
        for (KnownActor actor : actors) {
            Set<String> keys = Stream.concat(Stream.of(actor.name()), actor.aliases().stream())
                    .map(Names::key).filter(key -> !key.isEmpty()).collect(Collectors.toUnmodifiableSet());
            keys.forEach(key -> byName.putIfAbsent(key, actor));
            byId.put(actor.id(), new Entry(actor, keys));
        }
    }

    public synchronized void forget(UUID actorId) {
        forget(actorId.toString());
    }

    private void forget(String actorId) {
        Entry old = byId.remove(actorId);
        if (old != null) {
            old.keys().forEach(key -> byName.computeIfPresent(key, (name, known) -> known.id().equals(actorId) ? null : known));
        }
    }
}
