package org.newsgraph.gateway.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** Starts the service stubs and points the gateway at them; tests get them with {@link Stubs}. */
public class ServiceStubsResource implements QuarkusTestResourceLifecycleManager {

    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface Stubs {
    }

    private ServiceStubs stubs;

    @Override
    public Map<String, String> start() {
        stubs = new ServiceStubs().start();
        return Map.of(
                "gateway.services.articles.url", stubs.articles().url(),
                "gateway.services.actors.url", stubs.actors().url());
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(stubs, new TestInjector.AnnotatedAndMatchesType(Stubs.class, ServiceStubs.class));
    }

    @Override
    public void stop() {
        stubs.stop();
    }
}
