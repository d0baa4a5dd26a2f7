package org.newsgraph.actors.extraction;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The actors the registry knows, looked up by any of their names. Implementations must be
 * thread-safe; the engine asks {@link #findAll} once a text, for the names of its actors.
 */
@FunctionalInterface
public interface KnownActors {

    /** The known actor that {@code name} (a canonical name or an alias, any case) refers to. */
    Optional<KnownActor> find(String name);

    /** The known actor each of these names refers to, by the name as given; names that refer to none are left out. */
    default Map<String, KnownActor> findAll(Collection<String> names) {
        Map<String, KnownActor> found = new HashMap<>();
        names.forEach(name -> find(name).ifPresent(actor -> found.put(name, actor)));
        return found;
    }

    static KnownActors none() {
        return name -> Optional.empty();
    }

    /** An in-memory index over a snapshot of actors; lookups ignore case and accents. */
    static KnownActors of(Collection<KnownActor> actors) {
        return new KnownActorIndex(actors);
    }
}
