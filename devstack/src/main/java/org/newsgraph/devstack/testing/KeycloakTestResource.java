package org.newsgraph.devstack.testing;

import java.util.Map;

import org.newsgraph.devstack.Devstack;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** The real Keycloak of this test JVM's stack, with the development realm, shared by every test of the module. */
public class KeycloakTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        var keycloak = Devstack.forTests().keycloak();
        keycloak.start();
        return keycloak.serviceConfig();
    }

    @Override
    public void stop() {
        // Shared by the whole test run; the stack ends with the JVM.
    }
}
