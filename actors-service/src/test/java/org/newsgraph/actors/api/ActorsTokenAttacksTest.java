package org.newsgraph.actors.api;

import org.newsgraph.security.routes.Service;
import org.newsgraph.security.testing.TokenAttacksContract;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ActorsTokenAttacksTest extends TokenAttacksContract {

    @Override
    protected Service component() {
        return Service.ACTORS;
    }
}
