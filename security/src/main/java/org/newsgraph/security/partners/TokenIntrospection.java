package org.newsgraph.security.partners;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.newsgraph.security.SecurityConfig;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Keycloak's token introspection (RFC 7662), asked with the application's own client. Keycloak answers a token inactive
 * once it expired or was revoked, or once its client or service account was disabled: what no signature check can see.
 */
@ApplicationScoped
public class TokenIntrospection {

    private final WebClient client;
    private final String endpoint;
    private final SecurityConfig.Introspection config;

    public TokenIntrospection(Vertx vertx, SecurityConfig config, @ConfigProperty(name = "quarkus.oidc.auth-server-url") String realmUrl) {
        this.client = WebClient.create(vertx);
        this.endpoint = realmUrl.replaceFirst("/+$", "") + "/protocol/openid-connect/token/introspect";
        this.config = config.introspection();
    }

    @PreDestroy
    void close() {
        client.close();
    }

    /** Whether Keycloak holds the access token active; a failure when it cannot say. */
    public Future<Boolean> isActive(String token) {
        return client.postAbs(endpoint)
                .basicAuthentication(config.clientId(), config.clientSecret())
                .timeout(config.timeout().toMillis())
                .sendForm(MultiMap.caseInsensitiveMultiMap().add("token", token).add("token_type_hint", "access_token"))
                .map(response -> {
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException("Keycloak answered the introspection of client " + config.clientId()
                                + " with " + response.statusCode());
                    }
                    JsonObject answer = response.bodyAsJsonObject();
                    return answer != null && answer.getBoolean("active", false);
                });
    }
}
