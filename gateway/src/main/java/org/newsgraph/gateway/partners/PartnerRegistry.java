package org.newsgraph.gateway.partners;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.eclipse.microprofile.config.inject.ConfigProperty;
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

    private final KeycloakRealm realm;
    private final Keycloak keycloak;

    public PartnerRegistry(GatewayConfig config, @ConfigProperty(name = "quarkus.oidc.auth-server-url") String authServerUrl) {
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
            try (Response created = realm().clients().create(clientFor(partner))) {
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
        return keycloakCall(() -> partnerClients().stream()
                .map(client -> new Partner(client.getClientId(), client.getName(), Boolean.TRUE.equals(client.isEnabled())))
                .toList());
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

    private static ClientRepresentation clientFor(NewPartner partner) {
        ClientRepresentation client = new ClientRepresentation();
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
