package org.newsgraph.security;

import java.time.Duration;
import java.time.Instant;

import org.eclipse.microprofile.jwt.JsonWebToken;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The identities of bearer tokens this service has verified, each until its token expires. A client sends one
 * token with every request for minutes: its signature is checked on the first, and the identity found then answers
 * the others. A token is matched whole. A key Keycloak withdraws stops a token only when it is next verified.
 */
@ApplicationScoped
public class VerifiedTokens {

    /** What an identity carries of the request that brought it, and must not outlive that request. */
    private static final String REQUEST = RoutingContext.class.getName();
    private static final String REQUEST_CONTEXT = AuthenticationRequestContext.class.getName();

    private final Cache<String, SecurityIdentity> identities;

    @Inject
    public VerifiedTokens(SecurityConfig config) {
        this(config.verifiedTokens());
    }

    VerifiedTokens(int maxSize) {
        identities = Caffeine.newBuilder().maximumSize(maxSize).executor(Runnable::run)
                .expireAfter(Expiry.creating((String token, SecurityIdentity identity) -> lifetime(identity)))
                .build();
    }

    /** The identity a token was verified as, for this request; null when the token is to be verified. */
    public SecurityIdentity find(String token, RoutingContext request) {
        SecurityIdentity verified = identities.getIfPresent(token);
        if (verified == null) {
            return null;
        }
        return QuarkusSecurityIdentity.builder(verified)
                .addAttribute(REQUEST, request)
                .addAttribute(REQUEST_CONTEXT, request == null ? null : request.get(REQUEST_CONTEXT))
                .build();
    }

    /** Keeps the identity of a verified bearer token, without the request that brought it. */
    public void remember(SecurityIdentity identity) {
        TokenCredential credential = identity.getCredential(TokenCredential.class);
        if (identity.isAnonymous() || credential == null || !(identity.getPrincipal() instanceof JsonWebToken)
                || identities.getIfPresent(credential.getToken()) != null) {
            return;
        }
        identities.put(credential.getToken(), QuarkusSecurityIdentity.builder(identity)
                .addAttribute(REQUEST, null)
                .addAttribute(REQUEST_CONTEXT, null)
                .build());
    }

    private static Duration lifetime(SecurityIdentity identity) {
        Duration left = Duration.between(Instant.now(), Instant.ofEpochSecond(((JsonWebToken) identity.getPrincipal()).getExpirationTime()));
        return left.isNegative() ? Duration.ZERO : left;
    }
}
