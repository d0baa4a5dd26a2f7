package org.newsgraph.actors.extraction;

/** The kinds of actor the engine recognises. */
public enum ActorType {
    PERSON,
    ORGANIZATION,
    LOCATION
}
