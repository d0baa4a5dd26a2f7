package org.newsgraph.actors.extraction;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** {@link KnownActors} over a fixed collection; the first actor to claim a name keeps it. */
final class KnownActorIndex implements KnownActors {

    private final Map<String, KnownActor> byName = new HashMap<>();

    KnownActorIndex(Collection<KnownActor> actors) {
        for (KnownActor actor : actors) {
            byName.putIfAbsent(Names.key(actor.name()), actor);
            for (String alias : actor.aliases()) {
                byName.putIfAbsent(Names.key(alias), actor);
            }
        }
    }

    @Override
    public Optional<KnownActor> find(String name) {
        return Optional.ofNullable(byName.get(Names.key(name)));
    }
}
