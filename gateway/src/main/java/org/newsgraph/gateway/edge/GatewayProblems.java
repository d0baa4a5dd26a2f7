package org.newsgraph.gateway.edge;

import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;

import org.newsgraph.problem.ProblemException;

import io.vertx.core.http.HttpMethod;

/** What the gateway itself can refuse, each as the problem its caller receives. */
public final class GatewayProblems {

    private GatewayProblems() {
    }

    public static final class TokenRequired extends ProblemException {
        public TokenRequired() {
            super(401, "token-required", "Token required",
                    "Send an access token of realm newsgraph as 'Authorization: Bearer <token>'.");
        }
    }

    public static final class TokenInvalid extends ProblemException {
        public TokenInvalid() {
            super(401, "token-invalid", "Token invalid",
                    "The access token is not one this API accepts: it is expired, not yet valid, not signed by the realm, "
                            + "issued by another realm or not meant for audience newsgraph-api.");
        }
    }

    public static final class ClientDisabled extends ProblemException {
        public ClientDisabled(String clientId) {
            super(401, "client-disabled", "Client disabled", "Partner client " + clientId + " was disabled.");
        }
    }

    public static final class Forbidden extends ProblemException {
        public Forbidden(String operation, Set<String> roles) {
            super(403, "forbidden", "Forbidden",
                    operation + " needs one of the roles " + roles.stream().sorted().collect(Collectors.joining(", ")) + ".");
        }
    }

    public static final class RouteNotFound extends ProblemException {
        public RouteNotFound(String path) {
            super(404, "route-not-found", "Not found", "The API has no resource at " + path + ".");
        }
    }

    public static final class MethodNotAllowed extends ProblemException {
        private final Set<HttpMethod> allowed;

        public MethodNotAllowed(HttpMethod method, String path, Set<HttpMethod> allowed) {
            super(405, "method-not-allowed", "Method not allowed", path + " does not accept " + method + ".");
            this.allowed = allowed;
        }

        public String allowHeader() {
            return allowed.stream().map(HttpMethod::name).collect(Collectors.joining(", "));
        }
    }

    public static final class BodyTooLarge extends ProblemException {
        public BodyTooLarge(long limit) {
            super(413, "body-too-large", "Body too large", "Request bodies are limited to " + limit + " bytes.");
        }
    }

    public static final class RateLimited extends ProblemException {
        private final Duration retryAfter;

        public RateLimited(Duration retryAfter) {
            super(429, "rate-limited", "Too many requests",
                    "This client sent more requests than its limit allows; retry after " + retryAfter.toSeconds() + " s.");
            this.retryAfter = retryAfter;
        }

        public Duration retryAfter() {
            return retryAfter;
        }
    }

    public static final class InvalidExpansion extends ProblemException {
        public InvalidExpansion(String expand) {
            super(400, "invalid-query", "Invalid query", "expand can only be 'actors', not '" + expand + "'.");
        }
    }

    public static final class ServiceUnavailable extends ProblemException {
        public ServiceUnavailable(String service, String why) {
            super(503, "service-unavailable", "Service unavailable", service + " " + why + "; retry shortly.");
        }
    }
}
