package org.newsgraph.security;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;

/** Who is calling, from the verified token. */
@RequestScoped
public class Caller {

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    public Caller(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    /**
     * The name things this caller creates are owned under: a partner's client id (the token's {@code azp}),
     * else the user's name.
     */
    public String ownerName() {
        if (isPartner()) {
            return token.getClaim("azp");
        }
        String username = token.getClaim("preferred_username");
        return username != null ? username : identity.getPrincipal().getName();
    }

    public boolean isPartner() {
        return identity.hasRole(Roles.PARTNER) && !identity.hasRole(Roles.EDITOR) && !identity.hasRole(Roles.ADMIN);
    }
}
