package org.newsgraph.actors.api;

/** The names of the answers that this service's API document (package-info) describes once, for several operations. */
public final class ActorsApi {

    static final String MERGED = "ActorMerged";
    static final String CURATION_DETAIL = "CurationDetail";

    private ActorsApi() {
    }
}
