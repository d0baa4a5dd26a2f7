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
import jakarta.transaction.Transactional;

/**
 * Turns what the engine found into registry actors: the actor the engine linked, else the active actor of that
 * type and name, else a new one. What the article calls it is remembered among its aliases. An actor the index
 * already knows by every one of those names is answered from memory.
 */
@ApplicationScoped
public class ActorRegistry {

    private final Clock clock;
    private final RegistryIndex index;

    public ActorRegistry(Clock clock, RegistryIndex index) {
        this.clock = clock;
        this.index = index;
    }

    /**
     * A registry actor as an article found it.
     *
     * @param changed what the index should know of the actor now, when this transaction stored it; else null
     */
    public record Resolved(UUID id, String name, ActorType type, KnownActor changed) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Resolved resolve(org.newsgraph.actors.extraction.Actor found) {
        List<String> names = names(found);
        Optional<KnownActor> known = Optional.ofNullable(found.knownActorId()).flatMap(id -> index.knowing(id, names));
        if (known.isPresent()) {
            return new Resolved(UUID.fromString(known.get().id()), known.get().name(), known.get().type(), null);
        }
        Instant now = clock.instant();
        Actor actor = linked(found).or(() -> Actor.findActive(found.type(), found.name())).orElseGet(() -> {
            Actor discovered = Actor.discovered(found.name(), found.type(), now);
            discovered.persist();
            return discovered;
        });
        boolean learned = false;
        for (String name : names) {
            learned |= actor.addAlias(name, AliasOrigin.EXTRACTED);
        }
        if (learned) {
            actor.updatedAt = now;
        }
        return new Resolved(actor.id, actor.name, actor.type, RegistryIndex.known(actor));
    }

    /** Every name the article gives the actor. */
    private static List<String> names(org.newsgraph.actors.extraction.Actor found) {
        List<String> names = new ArrayList<>(List.of(found.name()));
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
