package org.newsgraph.gateway.partners;

import org.newsgraph.problem.ProblemException;

/** What can go wrong when onboarding partners, each as the problem its caller receives. */
final class PartnerProblems {

    private PartnerProblems() {
    }

    static final class AlreadyExists extends ProblemException {
        AlreadyExists(String clientId) {
            super(409, "partner-exists", "Partner exists", "A client with id " + clientId + " already exists.");
        }
    }

    static final class NotFound extends ProblemException {
        NotFound(String clientId) {
            super(404, "partner-not-found", "Partner not found", "No partner has client id " + clientId + ".");
        }
    }

    static final class QuotaWithoutLimits extends ProblemException {
        /** @param instead how to mean what a quota without limits might have meant */
        QuotaWithoutLimits(String instead) {
            super(400, "invalid-request", "Invalid request", "A quota limits perMinute, perDay or both; " + instead + ".");
        }
    }

    static final class KeycloakUnavailable extends ProblemException {
        KeycloakUnavailable(Throwable cause) {
            super(503, "identity-provider-unavailable", "Identity provider unavailable",
                    "Keycloak could not be reached (" + cause.getClass().getSimpleName() + "); retry shortly.");
        }
    }

    static final class KeycloakRefused extends ProblemException {
        KeycloakRefused(int status) {
            super(502, "identity-provider-refused", "Identity provider refused",
                    "Keycloak answered " + status + " to the gateway's request; the gateway's client may lack a permission.");
        }
    }
}
