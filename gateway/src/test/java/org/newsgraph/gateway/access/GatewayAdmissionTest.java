package org.newsgraph.gateway.access;

import org.newsgraph.security.routes.Service;
import org.newsgraph.security.testing.AdmissionContract;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class GatewayAdmissionTest extends AdmissionContract {

    @Override
    protected Service component() {
        return Service.GATEWAY;
    }
}
