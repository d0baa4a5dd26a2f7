package org.newsgraph.devstack.testing;

import java.util.Map;

import org.newsgraph.devstack.Devstack;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The real PostgreSQL of this test JVM's stack, started at the first use and shared by every test of the module.
 * Init argument {@code database} names the service's database.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private String database = "postgres";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        var postgres = Devstack.forTests().postgres();
        postgres.start();
        return postgres.serviceConfig(database);
    }

    @Override
    public void stop() {
        // Shared by the whole test run; the stack ends with the JVM.
    }
}
