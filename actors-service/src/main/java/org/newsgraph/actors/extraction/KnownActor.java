package org.newsgraph.actors.extraction;

import java.util.List;
import java.util.Objects;

/**
 * An actor the registry already knows, with the aliases curators gave it.
 *
 * @param id      the registry's id
 * @param name    the canonical name
 * @param type    the curated type
 * @param aliases other names that refer to it ("Bibi", "PLO")
 */
public record KnownActor(String id, String name, ActorType type, List<String> aliases) {

    public KnownActor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        aliases = List.copyOf(aliases);
    }
}
