package org.newsgraph.gateway.partners;

import org.newsgraph.security.routes.Service;
import org.newsgraph.security.testing.PartnerDisablingContract;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class GatewayPartnerDisablingTest extends PartnerDisablingContract {

    @Override
    protected Service component() {
        return Service.GATEWAY;
    }
}
