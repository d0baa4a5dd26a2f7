package org.newsgraph.problem;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

import io.vertx.core.http.HttpServerRequest;

/**
 * The path a client asked for, for a problem's {@code instance}: behind the gateway, its public prefix (sent as
 * X-Forwarded-Prefix, which the gateway sets itself and never passes on from a client) before the service's path.
 */
public final class PublicPath {

    public static final String FORWARDED_PREFIX = "X-Forwarded-Prefix";
    private static final Pattern PREFIX = Pattern.compile("(/[A-Za-z0-9_~-][A-Za-z0-9._~-]*)+");

    private PublicPath() {
    }

    /** @return null for a path no URI can hold */
    public static URI of(String path, String forwardedPrefix) {
        String prefix = forwardedPrefix != null && PREFIX.matcher(forwardedPrefix).matches() ? forwardedPrefix : "";
        try {
            return new URI(null, null, prefix + path, null);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    public static URI of(HttpServerRequest request) {
        return of(request.path(), request.getHeader(FORWARDED_PREFIX));
    }
}
