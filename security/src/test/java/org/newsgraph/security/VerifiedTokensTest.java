package org.newsgraph.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.vertx.ext.web.RoutingContext;

class VerifiedTokensTest {

    private final VerifiedTokens tokens = new VerifiedTokens(100);

    @Test
    void aVerifiedTokenIsAnsweredWithItsIdentity() {
        tokens.remember(identity("token-a", Instant.now().plusSeconds(300)));
        SecurityIdentity found = tokens.find("token-a", null);
        assertThat(found.getPrincipal().getName()).isEqualTo("alice");
        assertThat(found.getRoles()).containsExactly("editor");
    }

    @Test
    void onlyTheWholeTokenMatches() {
        tokens.remember(identity("token-a", Instant.now().plusSeconds(300)));
        assertThat(tokens.find("token-", null)).isNull();
        assertThat(tokens.find("token-ab", null)).isNull();
    }

    @Test
    void anExpiredTokenIsVerifiedAgain() {
        tokens.remember(identity("token-a", Instant.now().minusSeconds(1)));
        assertThat(tokens.find("token-a", null)).isNull();
    }

    @Test
    void anIdentityWithoutABearerTokenIsNotKept() {
        tokens.remember(QuarkusSecurityIdentity.builder().setPrincipal(new Jwt(Instant.now().plusSeconds(300))).build());
        assertThat(tokens.find("token-a", null)).isNull();
    }

    @Test
    void nothingOfTheFirstRequestIsKept() {
        SecurityIdentity first = QuarkusSecurityIdentity.builder(identity("token-a", Instant.now().plusSeconds(300)))
                .addAttribute(RoutingContext.class.getName(), "the first request").build();
        tokens.remember(first);
        assertThat((Object) tokens.find("token-a", null).getAttribute(RoutingContext.class.getName())).isNull();
    }

    @Test
    void noTokenIsKeptWhenTheCacheHoldsNone() {
        VerifiedTokens none = new VerifiedTokens(0);
        none.remember(identity("token-a", Instant.now().plusSeconds(300)));
        assertThat(none.find("token-a", null)).isNull();
    }

    private static SecurityIdentity identity(String token, Instant expires) {
        return QuarkusSecurityIdentity.builder().setPrincipal(new Jwt(expires)).addRole("editor")
                .addCredential(new TokenCredential(token, "bearer")).build();
    }

    /** A verified token's claims, as the OIDC extension gives them. */
    private record Jwt(Instant expires) implements JsonWebToken {

        @Override
        public String getName() {
            return "alice";
        }

        @Override
        public Set<String> getClaimNames() {
            return Set.of(Claims.exp.name());
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getClaim(String claimName) {
            return (T) Map.<String, Object>of(Claims.exp.name(), expires.getEpochSecond()).get(claimName);
        }
    }
}
