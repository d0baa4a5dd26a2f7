package org.newsgraph.web.gateway;

import io.quarkus.oidc.AccessTokenCredential;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;

/** Sends the signed-in person's access token, which never leaves the server, as the bearer of every API call. */
@ApplicationScoped
public class UserToken implements ClientRequestFilter {

    private final AccessTokenCredential accessToken;

    public UserToken(AccessTokenCredential accessToken) {
        this.accessToken = accessToken;
    }

    @Override
    public void filter(ClientRequestContext request) {
        request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken.getToken());
    }
}
