package org.newsgraph.gateway.partners;

import java.net.URI;

/**
 * The realm the gateway trusts, read from the OIDC server address ({@code https://host/realms/newsgraph}), so that one
 * setting points both token checks and partner onboarding at the same Keycloak.
 */
public record KeycloakRealm(String serverUrl, String name, URI tokenEndpoint) {

    private static final String REALMS = "/realms/";

    public static KeycloakRealm of(String authServerUrl) {
        String url = authServerUrl.endsWith("/") ? authServerUrl.substring(0, authServerUrl.length() - 1) : authServerUrl;
        int realms = url.lastIndexOf(REALMS);
        if (realms < 0 || url.indexOf('/', realms + REALMS.length()) >= 0) {
            throw new IllegalArgumentException("quarkus.oidc.auth-server-url must be a Keycloak realm address such as "
                    + "http://localhost:8180/realms/newsgraph, not " + authServerUrl);
        }
        return new KeycloakRealm(url.substring(0, realms), url.substring(realms + REALMS.length()),
                URI.create(url + "/protocol/openid-connect/token"));
    }
}
