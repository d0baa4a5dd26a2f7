package org.newsgraph.actors.registry;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.newsgraph.actors.Actor;
import org.newsgraph.actors.AliasOrigin;
import org.newsgraph.actors.extraction.Mention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Turns what the engine found into registry actors: the actor the engine linked, else the active actor of that
 * type and name, else a new one. What the article calls it is remembered among its aliases.
 */
@ApplicationScoped
public class ActorRegistry {

    private final Clock clock;

    public ActorRegistry(Clock clock) {
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Actor resolve(org.newsgraph.actors.extraction.Actor found) {
        Instant now = clock.instant();
        Actor actor = linked(found).or(() -> Actor.findActive(found.type(), found.name())).orElseGet(() -> {
            Actor discovered = Actor.discovered(found.name(), found.type(), now);
            discovered.persist();
            return discovered;
        });
        boolean learned = actor.addAlias(found.name(), AliasOrigin.EXTRACTED);
        for (String alias : found.aliases()) {
            learned |= actor.addAlias(alias, AliasOrigin.EXTRACTED);
        }
        for (Mention mention : found.mentions()) {
            learned |= actor.addAlias(mention.text(), AliasOrigin.EXTRACTED);
        }
        if (learned) {
            actor.updatedAt = now;
        }
        return actor;
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
