package org.newsgraph.actors;

public enum ActorStatus {
    ACTIVE,
    /** Merged into another actor; its id answers with a redirect to the survivor. */
    MERGED
}
