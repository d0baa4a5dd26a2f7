package org.newsgraph.actors.registry;

/** What a curator changed, as the history lists it. */
public enum CurationKind {
    RENAMED,
    RETYPED,
    ALIAS_ADDED,
    ALIAS_REMOVED,
    ROLE_ADDED,
    ROLE_REMOVED,
    WIKIDATA_LINKED,
    /** The actor was merged into the other, which survived. */
    MERGED,
    /** The actor's merge into the other was undone: it stands on its own again. */
    MERGE_UNDONE
}
