package org.newsgraph.events;

import java.util.UUID;

/** The data of {@code newsgraph.actor.merged} on topic {@code actors}: every reference to actorId now means intoActorId. */
public record ActorMerged(UUID actorId, UUID intoActorId) {
}
