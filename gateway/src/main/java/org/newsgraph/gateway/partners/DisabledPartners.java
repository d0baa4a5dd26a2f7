package org.newsgraph.gateway.partners;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jboss.logging.Logger;
import org.newsgraph.gateway.config.GatewayConfig;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The partners whose tokens the gateway refuses although they are still signed and unexpired: a disabled client gets no
 * new token from Keycloak, but the ones it holds stay valid until they expire. Read from Keycloak every little while, so
 * that a partner disabled through another gateway is refused here too.
 */
@ApplicationScoped
public class DisabledPartners {

    private static final Logger LOG = Logger.getLogger(DisabledPartners.class);

    private final PartnerRegistry registry;
    private final Vertx vertx;
    private final GatewayConfig config;
    private volatile Set<String> inKeycloak = Set.of();
    /** Disabled by this gateway since the last reading began: a reading that started earlier may not show them. */
    private final Map<String, Long> disabledHere = new ConcurrentHashMap<>();
    private long timer = -1;

    public DisabledPartners(PartnerRegistry registry, Vertx vertx, GatewayConfig config) {
        this.registry = registry;
        this.vertx = vertx;
        this.config = config;
    }

    void start(@Observes StartupEvent started) {
        timer = vertx.setPeriodic(0, config.keycloak().disabledPartnersRefresh().toMillis(), tick -> refresh());
    }

    void stop(@Observes ShutdownEvent stopping) {
        vertx.cancelTimer(timer);
    }

    public boolean contains(String clientId) {
        return disabledHere.containsKey(clientId) || inKeycloak.contains(clientId);
    }

    /** Disables the partner in Keycloak and refuses its tokens here at once. */
    public void disable(String clientId) {
        registry.disable(clientId);
        disabledHere.put(clientId, System.nanoTime());
    }

    private void refresh() {
        long startedAt = System.nanoTime();
        vertx.executeBlocking(registry::disabledClientIds, false)
                .onSuccess(disabled -> {
                    inKeycloak = disabled;
                    disabledHere.values().removeIf(disabledAt -> disabledAt - startedAt < 0);
                })
                .onFailure(failure -> LOG.warnf("Could not read the disabled partners from Keycloak; keeping the last list: %s",
                        failure.getMessage()));
    }
}
