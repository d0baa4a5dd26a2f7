package org.newsgraph.actors.registry;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.newsgraph.actors.Actor;
import org.newsgraph.actors.ActorStatus;
import org.newsgraph.actors.extraction.KnownActor;
import org.newsgraph.actors.extraction.KnownActors;
import org.newsgraph.actors.extraction.Names;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

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

    void load(@Observes StartupEvent startup) {
        QuarkusTransaction.requiringNew().run(() ->
                update(Actor.<Actor>list("status = ?1 and provisional = false", ActorStatus.ACTIVE).stream().map(RegistryIndex::known).toList()));
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
