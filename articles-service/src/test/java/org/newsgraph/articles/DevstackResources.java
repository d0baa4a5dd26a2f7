package org.newsgraph.articles;

import org.newsgraph.devstack.testing.KafkaTestResource;
import org.newsgraph.devstack.testing.KeycloakTestResource;
import org.newsgraph.devstack.testing.PostgresTestResource;
import org.newsgraph.devstack.testing.TrustedSigningKey;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/**
 * The real PostgreSQL, Kafka and Keycloak every @QuarkusTest of this module runs against, started once per test run, and
 * a key of the realm that tests sign tokens with.
 */
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "articles"))
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(KeycloakTestResource.class)
@QuarkusTestResource(TrustedSigningKey.class)
public final class DevstackResources {

    private DevstackResources() {
    }
}
