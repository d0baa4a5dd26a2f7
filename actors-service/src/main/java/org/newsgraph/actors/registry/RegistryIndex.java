package org.newsgraph.actors.registry;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.newsgraph.actors.Actor;
import org.hibernate.jpa.HibernateHints;
import org.newsgraph.actors.extraction.ActorType;
import org.newsgraph.actors.extraction.KnownActor;
import org.newsgraph.actors.extraction.KnownActors;
import org.newsgraph.actors.extraction.Names;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

/**
 * The registry's names in memory, for the engine to resolve names against while it reads: every active actor that is
 * not provisional, under its name and aliases. The first actor to claim a name keeps it. Callers pass changes in once their
 * transaction has committed. Thread-safe.
 */
@ApplicationScoped
public class RegistryIndex implements KnownActors {

    /** An indexed actor with the keys of all its names. */
    private record Entry(KnownActor actor, Set<String> keys) {
    }

    private final Map<String, KnownActor> byName = new ConcurrentHashMap<>();
    private final Map<String, Entry> byId = new ConcurrentHashMap<>();

    private static final int LOAD_PAGE = 5_000;

    private final EntityManager entityManager;

    public RegistryIndex(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Reads the registry's names as rows, streamed a page at a time, rather than as entities with their alias
     * collections: a registry of hundreds of thousands of actors loaded as entities outlasted the transaction.
     */
    void load(@Observes StartupEvent startup) {
        QuarkusTransaction.requiringNew().run(() -> {
            List<KnownActor> page = new ArrayList<>(LOAD_PAGE);
            @SuppressWarnings("unchecked")
            Stream<Object[]> rows = entityManager.createNativeQuery("""
                    select a.id, a.name, a.type,
                           (select string_agg(al.alias, chr(31)) from actor_alias al where al.actor_id = a.id)
                      from actor a where a.status = 'ACTIVE' and a.provisional = false""")
                    .setHint(HibernateHints.HINT_FETCH_SIZE, LOAD_PAGE).getResultStream();
            try (rows) {
                rows.forEach(row -> {
                    page.add(new KnownActor(row[0].toString(), (String) row[1], ActorType.valueOf((String) row[2]),
                            row[3] == null ? List.of()
                                    : Stream.of(((String) row[3]).split("\u001f")).sorted(String.CASE_INSENSITIVE_ORDER).toList()));
                    if (page.size() == LOAD_PAGE) {
                        update(page);
                        page.clear();
                    }
                });
            }
            update(page);
        });
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
