package org.newsgraph.gateway.apidoc;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Adds the realm's OpenID Connect discovery to the API document when the gateway starts, since where Keycloak is
 * differs per deployment; the bearer scheme the operations name comes from the security module's RouteDocumentation.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class RealmSecurityScheme implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openApi) {
        String realm = ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
        openApi.getComponents().addSecurityScheme("keycloak", OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.OPENIDCONNECT)
                .openIdConnectUrl(realm + "/.well-known/openid-configuration")
                .description("Realm newsgraph: authorization code with PKCE for web clients (newsgraph-web), "
                        + "client credentials for partners. Its access tokens are the bearer tokens of every operation."));
    }
}
