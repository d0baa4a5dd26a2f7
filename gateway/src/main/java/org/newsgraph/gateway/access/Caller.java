package org.newsgraph.gateway.access;

import java.util.Optional;
import java.util.Set;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.newsgraph.gateway.routing.PublicApi;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is calling, as far as the gateway cares.
 *
 * @param rateKey whose requests count together: a partner organisation by its client, anyone else by their subject
 * @param partnerClientId the client of a partner's token
 */
public record Caller(String rateKey, Set<String> roles, Optional<String> partnerClientId) {

    public static Caller of(SecurityIdentity identity) {
        Set<String> roles = Set.copyOf(identity.getRoles());
        JsonWebToken token = (JsonWebToken) identity.getPrincipal();
        String clientId = token.getClaim("azp");
        if (roles.contains(PublicApi.PARTNER) && clientId != null) {
            return new Caller("client:" + clientId, roles, Optional.of(clientId));
        }
        String subject = token.getSubject() != null ? token.getSubject() : identity.getPrincipal().getName();
        return new Caller("subject:" + subject, roles, Optional.empty());
    }
}
