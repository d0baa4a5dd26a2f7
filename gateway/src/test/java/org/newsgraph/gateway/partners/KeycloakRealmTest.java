package org.newsgraph.gateway.partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;

import org.junit.jupiter.api.Test;

class KeycloakRealmTest {

    @Test
    void readsServerAndRealmFromTheOidcAddress() {
        assertThat(KeycloakRealm.of("https://id.example.org/auth/realms/newsgraph/")).isEqualTo(new KeycloakRealm(
                "https://id.example.org/auth", "newsgraph", URI.create("https://id.example.org/auth/realms/newsgraph/protocol/openid-connect/token")));
    }

    @Test
    void refusesAnAddressThatIsNotARealm() {
        assertThatThrownBy(() -> KeycloakRealm.of("https://id.example.org/oauth2")).isInstanceOf(IllegalArgumentException.class);
    }
}
