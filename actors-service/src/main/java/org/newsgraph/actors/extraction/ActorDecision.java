package org.newsgraph.actors.extraction;

/** Whether a group of names is an actor, and of which type. */
interface ActorDecision {

    /** @param type the likeliest type, also for names that are no actor, so that they can still be grouped */
    record Verdict(ActorType type, boolean actor) {
    }

    /** @param name the group's name as it would be reported */
    Verdict decide(String name, String[] features);
}
