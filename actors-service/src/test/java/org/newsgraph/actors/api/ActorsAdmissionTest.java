package org.newsgraph.actors.api;

import org.newsgraph.security.routes.Service;
import org.newsgraph.security.testing.AdmissionContract;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ActorsAdmissionTest extends AdmissionContract {

    @Override
    protected Service component() {
        return Service.ACTORS;
    }
}
