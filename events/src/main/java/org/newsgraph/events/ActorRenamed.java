package org.newsgraph.events;

import java.util.UUID;

/** The data of {@code newsgraph.actor.renamed} on topic {@code actors}. */
public record ActorRenamed(UUID actorId, String name) {
}
