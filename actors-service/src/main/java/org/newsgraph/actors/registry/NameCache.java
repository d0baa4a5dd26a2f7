package org.newsgraph.actors.registry;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.newsgraph.actors.extraction.KnownActor;
import org.newsgraph.actors.extraction.Names;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The names a replica looked up lately, each with the actor it resolves to or with none, in a bounded memory: the
 * registry itself is read name by name, so that neither start-up nor the heap grows with it. What a change makes
 * wrong is forgotten: the changed actors, and every name they have now. A name kept for an actor is trusted only
 * while that actor is kept too and still has the name, so a name an actor gave up is read again.
 */
final class NameCache {

    /** An actor with the keys of all its names. */
    record Entry(KnownActor actor, Set<String> keys) {

        static Entry of(KnownActor actor) {
            Set<String> keys = new LinkedHashSet<>();
            keys.add(Names.key(actor.name()));
            actor.aliases().forEach(alias -> keys.add(Names.key(alias)));
            keys.remove("");
            return new Entry(actor, Set.copyOf(keys));
        }
    }

    /** What a name key resolves to in the registry. */
    @FunctionalInterface
    interface Source {

        /** The actor each of these keys resolves to now; a key that resolves to none is left out. */
        Map<String, Entry> resolve(Set<String> keys);
    }

    /** Kept for a key that resolves to no actor. */
    private static final String NONE = "";

    private final Source source;
    private final Cache<String, String> idByKey;
    private final Cache<String, Entry> byId;
    /** Counts the changes forgotten, so that a read overtaken by one is not kept. */
    private final AtomicLong changes = new AtomicLong();

    /** @param maximumNames how many names, and how many actors, are kept at most */
    NameCache(Source source, long maximumNames) {
        this.source = source;
        // Kept tidy by the callers' own threads, so that a forgotten name is gone when forget returns.
        this.idByKey = Caffeine.newBuilder().maximumSize(maximumNames).executor(Runnable::run).build();
        this.byId = Caffeine.newBuilder().maximumSize(maximumNames).executor(Runnable::run).build();
    }

    /** The actor each name resolves to, by the name as given; names that resolve to none are left out. */
    Map<String, KnownActor> find(Collection<String> names) {
        Map<String, String> keys = new LinkedHashMap<>();
        names.forEach(name -> keys.put(name, Names.key(name)));
        keys.values().removeIf(String::isEmpty);
        Map<String, Entry> resolved = new HashMap<>();
        Set<String> unread = new LinkedHashSet<>();
        for (String key : keys.values()) {
            String id = idByKey.getIfPresent(key);
            Entry entry = id == null || id.equals(NONE) ? null : byId.getIfPresent(id);
            if (entry != null && entry.keys().contains(key)) {
                resolved.put(key, entry);
            } else if (!NONE.equals(id)) {
                unread.add(key);
            }
        }
        if (!unread.isEmpty()) {
            resolved.putAll(read(unread));
        }
        Map<String, KnownActor> found = new HashMap<>();
        keys.forEach((name, key) -> {
            Entry entry = resolved.get(key);
            if (entry != null) {
                found.put(name, entry.actor());
            }
        });
        return found;
    }

    /** The kept actor of this id, when it is kept. */
    Optional<Entry> byId(String actorId) {
        return Optional.ofNullable(byId.getIfPresent(actorId));
    }

    /** Forgets these actors and whatever their names resolved to. */
    void forget(Collection<String> actorIds, Collection<String> keys) {
        changes.incrementAndGet();
        byId.invalidateAll(actorIds);
        idByKey.invalidateAll(keys);
    }

    void forgetAll() {
        changes.incrementAndGet();
        byId.invalidateAll();
        idByKey.invalidateAll();
    }

    long size() {
        idByKey.cleanUp();
        return idByKey.estimatedSize();
    }

    /**
     * Reads the keys and keeps what they resolve to, unless a change was forgotten meanwhile: what was read may
     * predate it, so it is answered but not kept.
     */
    private Map<String, Entry> read(Set<String> keys) {
        long before = changes.get();
        Map<String, Entry> read = source.resolve(keys);
        for (String key : keys) {
            Entry entry = read.get(key);
            if (entry != null) {
                byId.put(entry.actor().id(), entry);
            }
            idByKey.put(key, entry == null ? NONE : entry.actor().id());
        }
        if (changes.get() != before) {
            byId.invalidateAll(read.values().stream().map(entry -> entry.actor().id()).toList());
            idByKey.invalidateAll(keys);
        }
        return read;
    }
}
