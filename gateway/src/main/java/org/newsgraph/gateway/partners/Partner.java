package org.newsgraph.gateway.partners;

/** A partner as the admin API lists it; its secret is shown once, when it is created, and never again. */
public record Partner(String clientId, String name, boolean enabled) {
}
