package org.newsgraph.events;

import java.util.UUID;

/** The data of {@code newsgraph.actor.retyped} on topic {@code actors}: a curator said what kind of actor it is. */
public record ActorRetyped(UUID actorId, String type) {
}
