package org.newsgraph.gateway.support;

import org.newsgraph.devstack.testing.KeycloakTestResource;
import org.newsgraph.devstack.testing.TrustedSigningKey;

import io.quarkus.test.common.QuarkusTestResource;

/**
 * What every @QuarkusTest of the gateway runs against: the real Keycloak of devstack with the development realm, a key
 * of that realm the tests can sign with, and stubs of the two services.
 */
@QuarkusTestResource(KeycloakTestResource.class)
@QuarkusTestResource(TrustedSigningKey.class)
@QuarkusTestResource(ServiceStubsResource.class)
public final class GatewayTestResources {

    private GatewayTestResources() {
    }
}
