package org.newsgraph.gateway.partners;

/**
 * A partner as the admin API lists it; its secret is shown once, when it is created, and never again.
 *
 * @param quota the quota its requests count against: the one an admin set, or the default
 * @param defaultQuota true while no admin has set it a quota of its own
 */
public record Partner(String clientId, String name, boolean enabled, Quota quota, boolean defaultQuota) {
}
