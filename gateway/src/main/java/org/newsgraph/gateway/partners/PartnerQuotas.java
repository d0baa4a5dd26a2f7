package org.newsgraph.gateway.partners;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;
import org.newsgraph.gateway.config.GatewayConfig;

import com.github.benmanes.caffeine.cache.AsyncLoadingCache;
import com.github.benmanes.caffeine.cache.CacheLoader;
import com.github.benmanes.caffeine.cache.Caffeine;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The quota each partner's requests count against, as this gateway knows it: read from Keycloak once, then again after
 * {@code gateway.partner-quotas.refresh} while the partner keeps calling, the known quota applying meanwhile. A quota
 * set through this gateway applies here at once. While Keycloak cannot be asked, a partner keeps the quota last read;
 * one never read gets the default until the next try.
 */
@ApplicationScoped
public class PartnerQuotas {

    private static final Logger LOG = Logger.getLogger(PartnerQuotas.class);
    /** A partner that has not called for this long is forgotten, and its quota read again when it calls. */
    private static final Duration FORGOTTEN_AFTER = Duration.ofHours(1);
    private static final int MAX_PARTNERS = 10_000;

    private final Quota defaultQuota;
    private final AsyncLoadingCache<String, Optional<Quota>> assigned;

    public PartnerQuotas(PartnerRegistry registry, GatewayConfig config, ManagedExecutor executor) {
        this.defaultQuota = registry.defaultQuota();
        this.assigned = Caffeine.newBuilder()
                .refreshAfterWrite(config.partnerQuotas().refresh())
                .expireAfterAccess(FORGOTTEN_AFTER)
                .maximumSize(MAX_PARTNERS)
                .executor(executor)
                .buildAsync(new CacheLoader<String, Optional<Quota>>() {
                    @Override
                    public Optional<Quota> load(String clientId) {
                        try {
                            return registry.assignedQuota(clientId);
                        } catch (RuntimeException e) {
                            LOG.warnf("The quota of partner %s could not be read (%s); the default applies until it is", clientId, e.getMessage());
                            return Optional.empty();
                        }
                    }

                    /** A failure keeps the quota last read. */
                    @Override
                    public Optional<Quota> reload(String clientId, Optional<Quota> known) {
                        return registry.assignedQuota(clientId);
                    }
                });
    }

    /** The partner's quota; complete at once when this gateway knows it. */
    public CompletableFuture<Quota> of(String clientId) {
        return assigned.get(clientId).handle((quota, failure) -> failure == null ? quota.orElse(defaultQuota) : defaultQuota);
    }

    /** An admin set the partner's quota, or with none gave it the default again. */
    void assign(String clientId, Optional<Quota> quota) {
        assigned.put(clientId, CompletableFuture.completedFuture(quota));
    }
}
