package org.newsgraph.web.session;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** Who is looking at the page, for the templates: {@code {inject:viewer.editor}}. */
@Named("viewer")
@RequestScoped
public class Viewer {

    public static final String EDITOR = "editor";
    public static final String ADMIN = "admin";

    private final SecurityIdentity identity;

    public Viewer(SecurityIdentity identity) {
        this.identity = identity;
    }

    public boolean signedIn() {
        return !identity.isAnonymous();
    }

    public String name() {
        return signedIn() ? identity.getPrincipal().getName() : "";
    }

    /** Admins manage the partners; the gateway decides again on every call. */
    public boolean admin() {
        return identity.hasRole(ADMIN);
    }

    /** Editors and admins file stories; the gateway decides again on every call. */
    public boolean editor() {
        return identity.hasRole(EDITOR) || identity.hasRole(ADMIN);
    }
}
