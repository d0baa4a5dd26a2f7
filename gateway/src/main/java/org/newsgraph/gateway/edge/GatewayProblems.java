package org.newsgraph.gateway.edge;

import java.time.Duration;

import org.newsgraph.problem.ProblemException;
import org.newsgraph.problem.ProblemHeaders;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;

/** What the gateway itself can refuse, each as the problem its caller receives. */
public final class GatewayProblems {

    private GatewayProblems() {
    }

    public static final class BodyTooLarge extends ProblemException {
        public BodyTooLarge(long limit) {
            super(413, "body-too-large", "Body too large", "Request bodies are limited to " + limit + " bytes.");
        }
    }

    public static final class RateLimited extends ProblemException implements ProblemHeaders {
        private final Duration retryAfter;

        public RateLimited(Duration retryAfter) {
            super(429, "rate-limited", "Too many requests",
                    "This client sent more requests than its limit allows; retry after " + retryAfter.toSeconds() + " s.");
            this.retryAfter = retryAfter;
        }

        @Override
        public void addTo(MultiMap headers) {
            headers.set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter.toSeconds()));
        }
    }

    public static final class QuotaExceeded extends ProblemException implements ProblemHeaders {
        private final Duration retryAfter;

        /** @param window the window of the quota that is spent */
        public QuotaExceeded(String clientId, String window, int limit, Duration retryAfter) {
            super(429, "quota-exceeded", "Quota exceeded", "Partner " + clientId + " has sent the " + limit + " requests its quota allows in a "
                    + window + "; retry after " + retryAfter.toSeconds() + " s.");
            this.retryAfter = retryAfter;
        }

        @Override
        public void addTo(MultiMap headers) {
            headers.set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter.toSeconds()));
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
