package org.newsgraph.devstack.testing;

import java.util.Map;

import org.newsgraph.devstack.Devstack;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** The real Kafka broker of this test JVM's stack, shared by every test of the module. */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        var kafka = Devstack.forTests().kafka();
        kafka.start();
        return kafka.serviceConfig();
    }

    @Override
    public void stop() {
        // Shared by the whole test run; the stack ends with the JVM.
    }
}
