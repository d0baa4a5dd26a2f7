package org.newsgraph.security;

/** The realm roles of Newsgraph. */
public final class Roles {

    public static final String READER = "reader";
    public static final String EDITOR = "editor";
    public static final String ADMIN = "admin";
    /** A partner organisation's client: it pushes its own articles and reads. */
    public static final String PARTNER = "partner";

    private Roles() {
    }
}
