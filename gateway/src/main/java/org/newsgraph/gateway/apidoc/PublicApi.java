package org.newsgraph.gateway.apidoc;

/** The names of the answers that the public API document (package-info) describes for every operation. */
public final class PublicApi {

    static final String TOO_MANY_REQUESTS = "TooManyRequests";
    static final String SERVICE_UNAVAILABLE = "ServiceUnavailable";

    private PublicApi() {
    }
}
