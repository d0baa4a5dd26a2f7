package org.newsgraph.gateway.access;

import org.newsgraph.security.routes.Service;
import org.newsgraph.security.testing.TokenAttacksContract;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class GatewayTokenAttacksTest extends TokenAttacksContract {

    @Override
    protected Service component() {
        return Service.GATEWAY;
    }
}
