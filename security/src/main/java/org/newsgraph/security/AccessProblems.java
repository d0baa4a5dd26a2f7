package org.newsgraph.security;

import java.util.Set;
import java.util.stream.Collectors;

import org.newsgraph.problem.ProblemException;
import org.newsgraph.problem.ProblemHeaders;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;

/** Why a request was not admitted, each as the problem its caller receives, the same at the gateway and every service. */
public final class AccessProblems {

    private static final String CHALLENGE = "Bearer realm=\"newsgraph\"";

    private AccessProblems() {
    }

    public static final class TokenRequired extends ProblemException implements ProblemHeaders {
        public TokenRequired() {
            super(401, "token-required", "Token required",
                    "Send an access token of realm newsgraph as 'Authorization: Bearer <token>'.");
        }

        @Override
        public void addTo(MultiMap headers) {
            headers.set("WWW-Authenticate", CHALLENGE);
        }
    }

    public static class TokenInvalid extends ProblemException implements ProblemHeaders {
        public TokenInvalid() {
            this("token-invalid", "Token invalid",
                    "The access token is not one this API accepts: it is expired, not yet valid, not signed by the realm, "
                            + "issued by another realm or not meant for audience newsgraph-api.");
        }

        TokenInvalid(String type, String title, String detail) {
            super(401, type, title, detail);
        }

        @Override
        public void addTo(MultiMap headers) {
            headers.set("WWW-Authenticate", CHALLENGE + ", error=\"invalid_token\"");
        }
    }

    public static final class ClientDisabled extends TokenInvalid {
        public ClientDisabled(String clientId) {
            super("client-disabled", "Client disabled", "Partner client " + clientId + " was disabled.");
        }
    }

    /** A partner's token could not be checked with Keycloak, which alone knows whether the partner was disabled. */
    public static final class TokenCheckUnavailable extends ProblemException implements ProblemHeaders {
        public TokenCheckUnavailable() {
            super(503, "token-check-unavailable", "Token check unavailable",
                    "Keycloak could not say whether the partner's token is still active; try again shortly.");
        }

        @Override
        public void addTo(MultiMap headers) {
            headers.set("Retry-After", "5");
        }
    }

    public static final class Forbidden extends ProblemException {
        public Forbidden(String operation, Set<String> roles) {
            super(403, "forbidden", "Forbidden",
                    operation + " needs one of the roles " + roles.stream().sorted().collect(Collectors.joining(", ")) + ".");
        }
    }

    public static final class PathNotCanonical extends ProblemException {
        public PathNotCanonical(String why) {
            super(400, "path-not-canonical", "Path not canonical", why);
        }
    }

    public static final class RouteNotFound extends ProblemException {
        public RouteNotFound(String path) {
            super(404, "route-not-found", "Not found", "The API has no resource at " + path + ".");
        }
    }

    public static final class MethodNotAllowed extends ProblemException implements ProblemHeaders {
        private final Set<HttpMethod> allowed;

        public MethodNotAllowed(HttpMethod method, String path, Set<HttpMethod> allowed) {
            super(405, "method-not-allowed", "Method not allowed", path + " does not accept " + method + ".");
            this.allowed = allowed;
        }

        @Override
        public void addTo(MultiMap headers) {
            headers.set("Allow", allowed.stream().map(HttpMethod::name).collect(Collectors.joining(", ")));
        }
    }
}
