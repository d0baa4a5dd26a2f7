package org.newsgraph.security;

import java.util.Set;

/** The realm roles of Newsgraph. */
public final class Roles {

    public static final String READER = "reader";
    public static final String EDITOR = "editor";
    public static final String ADMIN = "admin";
    /** A partner organisation's client: it pushes its own articles and reads. */
    public static final String PARTNER = "partner";
    /** The newsroom: they curate actors and read every article in full, a withdrawn one too. */
    public static final Set<String> EDITORIAL = Set.of(EDITOR, ADMIN);

    private Roles() {
    }
}
