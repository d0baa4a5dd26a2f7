package org.newsgraph.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;

import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;

class CallerTest {

    private static final Set<String> PERSON_CLIENTS = Set.of("newsgraph-web");

    @Test
    void aPersonSigningInThroughTheWebClientHasTheRolesOfTheToken() {
        Caller caller = Caller.of(identity("newsgraph-web", "alice", Roles.EDITOR, Roles.READER), PERSON_CLIENTS);

        assertThat(caller).isEqualTo(new Caller("alice", Set.of(Roles.EDITOR, Roles.READER), Optional.empty()));
        assertThat(caller.rateKey()).isEqualTo("user:alice");
    }

    @Test
    void aPartnersTokenCountsAsAPartnerOnlyWhateverElseAMapperPutInIt() {
        Caller caller = Caller.of(identity("partner-x", "service-account-partner-x", Roles.PARTNER, Roles.ADMIN, Roles.EDITOR),
                PERSON_CLIENTS);

        assertThat(caller).isEqualTo(new Caller("partner-x", Set.of(Roles.PARTNER), Optional.of("partner-x")));
        assertThat(caller.rateKey()).isEqualTo("client:partner-x");
    }

    @Test
    void anotherClientsTokenHoldsNoRoleOfAPerson() {
        Caller caller = Caller.of(identity("partner-x", "service-account-partner-x", Roles.ADMIN), PERSON_CLIENTS);

        assertThat(caller.roles()).isEmpty();
        assertThat(caller.isPartner()).isFalse();
    }

    @Test
    void aTokenWithoutAnAuthorisedPartyHoldsNoRole() {
        assertThat(Caller.of(identity(null, "alice", Roles.ADMIN), PERSON_CLIENTS).roles()).isEmpty();
    }

    private static SecurityIdentity identity(String authorisedParty, String username, String... roles) {
        JwtClaims claims = new JwtClaims();
        claims.setSubject("subject-of-" + username);
        claims.setClaim("preferred_username", username);
        if (authorisedParty != null) {
            claims.setClaim("azp", authorisedParty);
        }
        return QuarkusSecurityIdentity.builder().setPrincipal(new DefaultJWTCallerPrincipal(claims)).addRoles(Set.of(roles)).build();
    }
}
