package org.newsgraph.actors;

import org.newsgraph.devstack.testing.KafkaTestResource;
import org.newsgraph.devstack.testing.PostgresTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** The real PostgreSQL and Kafka every @QuarkusTest of this module runs against, started once per test run. */
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "actors"))
@QuarkusTestResource(KafkaTestResource.class)
public final class DevstackResources {

    private DevstackResources() {
    }
}
