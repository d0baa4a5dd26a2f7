package org.newsgraph.actors.api;

import org.newsgraph.security.routes.Service;
import org.newsgraph.security.testing.PartnerDisablingContract;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ActorsPartnerDisablingTest extends PartnerDisablingContract {

    @Override
    protected Service component() {
        return Service.ACTORS;
    }
}
