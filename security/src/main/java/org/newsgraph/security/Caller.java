package org.newsgraph.security;

import java.util.Optional;
import java.util.Set;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is calling, from a verified token, as the gateway and every service see it. A token with role partner is a
 * partner organisation's, whatever else it holds: it is known by its client, owns what it files, may be disabled, and
 * counts as a partner only. The roles of people (reader, editor, admin) count only in tokens of the clients people sign
 * in with; any other client's token is signed in but holds no role. Partner clients are managed through the gateway's
 * credential, which can give their tokens any role through a protocol mapper, so their tokens can never carry more.
 *
 * @param name the user's name, or a partner's client id: what the caller's articles are owned under
 * @param partnerClientId the client of a partner's token
 */
public record Caller(String name, Set<String> roles, Optional<String> partnerClientId) {

    /** @param personClients the clients people sign in with, whose tokens carry the roles of people */
    public static Caller of(SecurityIdentity identity, Set<String> personClients) {
        JsonWebToken token = (JsonWebToken) identity.getPrincipal();
        String clientId = token.getClaim("azp");
        if (identity.hasRole(Roles.PARTNER)) {
            if (clientId == null) {
                throw new IllegalArgumentException("a partner's token names its client in azp");
            }
            return new Caller(clientId, Set.of(Roles.PARTNER), Optional.of(clientId));
        }
        String username = token.getClaim("preferred_username");
        Set<String> roles = clientId != null && personClients.contains(clientId) ? Set.copyOf(identity.getRoles()) : Set.of();
        return new Caller(username != null ? username : token.getSubject(), roles, Optional.empty());
    }

    /** An editor or an admin: see {@link Roles#EDITORIAL}. */
    public boolean isEditorial() {
        return roles.stream().anyMatch(Roles.EDITORIAL::contains);
    }

    public boolean isPartner() {
        return partnerClientId.isPresent();
    }

    /** Whose requests count together against a rate: a partner organisation's all, a user's all, whatever token. */
    public String rateKey() {
        return (isPartner() ? "client:" : "user:") + name;
    }
}
