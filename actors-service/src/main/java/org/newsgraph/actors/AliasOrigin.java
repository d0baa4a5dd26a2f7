package org.newsgraph.actors;

public enum AliasOrigin {
    /** Found by the engine in an article. */
    EXTRACTED,
    /** Given by a curator; curated aliases teach the engine. */
    CURATED
}
