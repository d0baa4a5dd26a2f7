package org.newsgraph.gateway.partners;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.ClientResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.newsgraph.gateway.config.GatewayConfig;
import org.newsgraph.security.routes.Endpoints;
import org.newsgraph.problem.ProblemException;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

/**
 * Partners are Keycloak clients: confidential, with a service account that holds realm role partner as a member of group
 * partners, and an audience mapper so that their tokens are meant for the API. The gateway manages them with its own
 * client's service account, which the realm's admin permissions let do this and nothing else: it adds service accounts
 * to group partners rather than mapping the role, since it may neither read the realm's roles nor see its users.
 */
@ApplicationScoped
public class PartnerRegistry {

    static final String CLIENT_ID_PATTERN = "partner-[a-z0-9][a-z0-9-]{0,62}";
    static final String CLIENT_ID_PREFIX = "partner-";
    private static final String SERVICE_ACCOUNT_PREFIX = "service-account-";
    /** Holds realm role partner; deploy/keycloak/newsgraph-realm.json defines it. */
    static final String PARTNERS_GROUP = "partners";
    private static final String API_AUDIENCE = "newsgraph-api";
    /** More partners than this would need paging here; far beyond what onboarding by hand produces. */
    private static final int MAX_PARTNERS = 1000;
    /** A partner's quota, kept with its client as attributes: a whole number, or none for a window without a limit. */
    static final String PER_MINUTE_ATTRIBUTE = "newsgraph.quota.per-minute";
    static final String PER_DAY_ATTRIBUTE = "newsgraph.quota.per-day";
    private static final String NO_LIMIT = "none";
    private static final Logger LOG = Logger.getLogger(PartnerRegistry.class);

    private final KeycloakRealm realm;
    private final Keycloak keycloak;
    private final Quota defaultQuota;

    public PartnerRegistry(GatewayConfig config, @ConfigProperty(name = "quarkus.oidc.auth-server-url") String authServerUrl) {
        this.defaultQuota = Quota.of(config.partnerQuotas().fallback().perMinute(), config.partnerQuotas().fallback().perDay());
        this.realm = KeycloakRealm.of(authServerUrl);
        this.keycloak = KeycloakBuilder.builder()
                .serverUrl(realm.serverUrl())
                .realm(realm.name())
                .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
                .clientId(config.keycloak().adminClientId())
                .clientSecret(config.keycloak().adminClientSecret())
                .build();
    }

    @PreDestroy
    void close() {
        keycloak.close();
    }

    /** Creates the partner's client and returns its secret, the only time it is shown. */
    public PartnerCredentials onboard(NewPartner partner) {
        return keycloakCall(() -> {
            String id;
            try (Response created = realm().clients().create(clientFor(partner, Optional.ofNullable(partner.quota())))) {
                if (created.getStatus() == Response.Status.CONFLICT.getStatusCode()) {
                    throw new PartnerProblems.AlreadyExists(partner.clientId());
                }
                id = CreatedResponseUtil.getCreatedId(created);
            }
            ClientResource client = realm().clients().get(id);
            try {
                UserRepresentation serviceAccount = client.getServiceAccountUser();
                realm().users().get(serviceAccount.getId()).joinGroup(partnersGroup().getId());
                return new PartnerCredentials(partner.clientId(), partner.name(), client.getSecret().getValue(), realm.tokenEndpoint());
            } catch (RuntimeException e) {
                // A client without its role would be a partner that cannot do anything; leave none behind.
                client.remove();
                throw e;
            }
        });
    }

    public List<Partner> list() {
        return keycloakCall(() -> partnerClients().stream().map(this::partnerOf).toList());
    }

    public Partner partner(String clientId) {
        return keycloakCall(() -> partnerOf(partnerClient(clientId)));
    }

    /** The quota a partner's requests count against unless an admin sets one. */
    public Quota defaultQuota() {
        return defaultQuota;
    }

    /**
     * Sets the partner's quota, or with none gives it the default again.
     *
     * @return the partner as it is now
     */
    public Partner setQuota(String clientId, Optional<Quota> quota) {
        return keycloakCall(() -> {
            ClientRepresentation client = partnerClient(clientId);
            Map<String, String> attributes = client.getAttributes() == null ? new HashMap<>() : new HashMap<>(client.getAttributes());
            // Keycloak removes an attribute given empty; one left out of an update would stay as it was.
            attributes.put(PER_MINUTE_ATTRIBUTE, quota.map(set -> attribute(set.perMinute())).orElse(""));
            attributes.put(PER_DAY_ATTRIBUTE, quota.map(set -> attribute(set.perDay())).orElse(""));
            client.setAttributes(attributes);
            realm().clients().get(client.getId()).update(client);
            return partnerOf(partnerClient(clientId));
        });
    }

    /**
     * The quota an admin set for the partner's client, read for every gateway to count its requests by; empty when
     * none is set. Asks Keycloak, and fails as it does.
     */
    public Optional<Quota> assignedQuota(String clientId) {
        return keycloakCall(() -> realm().clients().findByClientId(clientId).stream()
                .filter(client -> client.getClientId().equals(clientId))
                .findFirst()
                .flatMap(PartnerRegistry::quotaOf));
    }

    private Partner partnerOf(ClientRepresentation client) {
        Optional<Quota> assigned = quotaOf(client);
        return new Partner(client.getClientId(), client.getName(), Boolean.TRUE.equals(client.isEnabled()), assigned.orElse(defaultQuota),
                assigned.isEmpty());
    }

    /** The quota kept with a client: set when either attribute is, a window without one having no limit. */
    static Optional<Quota> quotaOf(ClientRepresentation client) {
        Map<String, String> attributes = client.getAttributes() == null ? Map.of() : client.getAttributes();
        String perMinute = attributes.getOrDefault(PER_MINUTE_ATTRIBUTE, "").strip();
        String perDay = attributes.getOrDefault(PER_DAY_ATTRIBUTE, "").strip();
        if (perMinute.isEmpty() && perDay.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Quota(limit(perMinute), limit(perDay)));
        } catch (NumberFormatException e) {
            LOG.warnf("Client %s has a quota that is not a positive whole number or none (%s=%s, %s=%s); the default quota applies to it",
                    client.getClientId(), PER_MINUTE_ATTRIBUTE, perMinute, PER_DAY_ATTRIBUTE, perDay);
            return Optional.empty();
        }
    }

    private static Integer limit(String attribute) {
        if (attribute.isEmpty() || attribute.equals(NO_LIMIT)) {
            return null;
        }
        int limit = Integer.parseInt(attribute);
        if (limit < 1) {
            throw new NumberFormatException("a limit must be positive, not " + limit);
        }
        return limit;
    }

    private static String attribute(Integer limit) {
        return limit == null ? NO_LIMIT : limit.toString();
    }

    /** Disables the partner's client: Keycloak issues it no more tokens. */
    public void disable(String clientId) {
        setEnabled(clientId, false);
    }

    /** Enables a disabled partner's client again, with the secret it had. */
    public void enable(String clientId) {
        setEnabled(clientId, true);
    }

    /** Gives the partner's client a new secret and returns it, the only time it is shown; the old one stops working. */
    public PartnerCredentials rotateSecret(String clientId) {
        return keycloakCall(() -> {
            ClientRepresentation client = partnerClient(clientId);
            String secret = realm().clients().get(client.getId()).generateNewSecret().getValue();
            return new PartnerCredentials(clientId, client.getName(), secret, realm.tokenEndpoint());
        });
    }

    private void setEnabled(String clientId, boolean enabled) {
        keycloakCall(() -> {
            ClientRepresentation client = partnerClient(clientId);
            client.setEnabled(enabled);
            realm().clients().get(client.getId()).update(client);
            return null;
        });
    }

    private ClientRepresentation partnerClient(String clientId) {
        return partnerClients().stream()
                .filter(candidate -> candidate.getClientId().equals(clientId))
                .findFirst()
                .orElseThrow(() -> new PartnerProblems.NotFound(clientId));
    }

    /** Clients named partner-… whose service account is a member of group partners. */
    private List<ClientRepresentation> partnerClients() {
        Set<String> partnerAccounts = realm().groups().group(partnersGroup().getId()).members(0, MAX_PARTNERS).stream()
                .map(UserRepresentation::getUsername)
                .collect(Collectors.toSet());
        return realm().clients().findAll(CLIENT_ID_PREFIX, false, true, 0, MAX_PARTNERS).stream()
                .filter(client -> client.getClientId().startsWith(CLIENT_ID_PREFIX))
                .filter(client -> partnerAccounts.contains(SERVICE_ACCOUNT_PREFIX + client.getClientId()))
                .toList();
    }

    private RealmResource realm() {
        return keycloak.realm(realm.name());
    }

    private GroupRepresentation partnersGroup() {
        return realm().getGroupByPath(PARTNERS_GROUP);
    }

    private static ClientRepresentation clientFor(NewPartner partner, Optional<Quota> quota) {
        ClientRepresentation client = new ClientRepresentation();
        quota.ifPresent(set -> client.setAttributes(Map.of(PER_MINUTE_ATTRIBUTE, attribute(set.perMinute()), PER_DAY_ATTRIBUTE,
                attribute(set.perDay()))));
        client.setClientId(partner.clientId());
        client.setName(partner.name());
        client.setEnabled(true);
        client.setPublicClient(false);
        client.setClientAuthenticatorType("client-secret");
        client.setServiceAccountsEnabled(true);
        client.setStandardFlowEnabled(false);
        client.setImplicitFlowEnabled(false);
        client.setDirectAccessGrantsEnabled(false);
        client.setDefaultClientScopes(List.of("basic", "roles"));
        client.setProtocolMappers(List.of(apiAudience()));
        return client;
    }

    private static ProtocolMapperRepresentation apiAudience() {
        ProtocolMapperRepresentation mapper = new ProtocolMapperRepresentation();
        mapper.setName(API_AUDIENCE + "-audience");
        mapper.setProtocol("openid-connect");
        mapper.setProtocolMapper("oidc-audience-mapper");
        mapper.setConfig(Map.of(
                "included.custom.audience", API_AUDIENCE,
                "access.token.claim", "true",
                "id.token.claim", "false",
                "introspection.token.claim", "true"));
        return mapper;
    }

    private static <T> T keycloakCall(Supplier<T> call) {
        try {
            return call.get();
        } catch (ProblemException e) {
            throw e;
        } catch (ProcessingException e) {
            throw new PartnerProblems.KeycloakUnavailable(e);
        } catch (WebApplicationException e) {
            throw new PartnerProblems.KeycloakRefused(e.getResponse().getStatus());
        }
    }
}
