package org.newsgraph.actors.extraction;

import java.util.Collection;
import java.util.Optional;

/**
 * The actors the registry knows, looked up by any of their names. Implementations must be
 * thread-safe; the engine calls {@link #find} for each name it finds in a text.
 */
@FunctionalInterface
public interface KnownActors {

    /** The known actor that {@code name} (a canonical name or an alias, any case) refers to. */
    Optional<KnownActor> find(String name);

    static KnownActors none() {
        return name -> Optional.empty();
    }

    /** An in-memory index over a snapshot of actors; lookups ignore case and accents. */
    static KnownActors of(Collection<KnownActor> actors) {
        return new KnownActorIndex(actors);
    }
}
