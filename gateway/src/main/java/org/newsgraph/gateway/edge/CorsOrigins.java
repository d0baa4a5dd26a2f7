package org.newsgraph.gateway.edge;

import java.net.URI;
import java.util.List;

import org.newsgraph.gateway.config.GatewayConfig;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Refuses to start with a CORS origin that is not one exact web origin: a wildcard or a pattern would let any page
 * call the API with a user's token.
 */
@ApplicationScoped
public class CorsOrigins {

    private final GatewayConfig config;

    public CorsOrigins(GatewayConfig config) {
        this.config = config;
    }

    void check(@Observes StartupEvent started) {
        requireExactOrigins(config.cors().origins());
    }

    static void requireExactOrigins(List<String> origins) {
        for (String origin : origins) {
            if (!isExactOrigin(origin)) {
                throw new IllegalStateException("gateway.cors.origins must list exact origins such as https://newsroom.example.org, not '"
                        + origin + "'");
            }
        }
    }

    private static boolean isExactOrigin(String origin) {
        if (origin.contains("*") || origin.startsWith("/")) {
            return false;
        }
        try {
            URI uri = new URI(origin);
            return (uri.getScheme().equals("https") || uri.getScheme().equals("http")) && uri.getHost() != null
                    && (uri.getRawPath() == null || uri.getRawPath().isEmpty()) && uri.getRawQuery() == null && uri.getRawFragment() == null
                    && uri.getRawUserInfo() == null;
        } catch (Exception e) {
            return false;
        }
    }
}
