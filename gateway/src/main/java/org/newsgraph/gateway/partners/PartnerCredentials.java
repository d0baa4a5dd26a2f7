package org.newsgraph.gateway.partners;

import java.net.URI;

/** What a new partner needs to get its tokens: shown once. */
public record PartnerCredentials(String clientId, String name, String clientSecret, URI tokenEndpoint) {
}
