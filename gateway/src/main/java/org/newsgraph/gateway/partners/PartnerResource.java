package org.newsgraph.gateway.partners;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.newsgraph.problem.ApiComponents;
import org.newsgraph.security.partners.PartnerTokens;
import org.newsgraph.security.routes.Endpoints;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Partner onboarding. Only admins get here: {@link Endpoints} says so, and every request is admitted by it. */
@Path(Endpoints.PREFIX + "/partners")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Partners")
public class PartnerResource {

    private final PartnerRegistry registry;
    private final PartnerTokens partnerTokens;
    private final PartnerQuotas quotas;

    public PartnerResource(PartnerRegistry registry, PartnerTokens partnerTokens, PartnerQuotas quotas) {
        this.registry = registry;
        this.partnerTokens = partnerTokens;
        this.quotas = quotas;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Onboard a partner", description = "Creates its OAuth client with role partner and answers its secret, once. "
            + "quota sets its quota; without it, the default applies.")
    @APIResponse(responseCode = "201", description = "Onboarded: Location names the partner; the secret is shown this once",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING, format = "uri-reference")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PartnerCredentials.class)))
    @APIResponse(responseCode = "400", ref = ApiComponents.PROBLEM)
    @APIResponse(responseCode = "409", ref = ApiComponents.PROBLEM)
    public Response onboard(@Valid @NotNull NewPartner partner) {
        if (partner.quota() != null && partner.quota().windows().isEmpty()) {
            throw new PartnerProblems.QuotaWithoutLimits("leave quota out for the default one");
        }
        PartnerCredentials credentials = registry.onboard(partner);
        quotas.assign(partner.clientId(), Optional.ofNullable(partner.quota()));
        return Response.created(URI.create(Endpoints.PREFIX + "/partners/" + credentials.clientId()))
                .header("Cache-Control", "no-store")
                .entity(credentials)
                .build();
    }

    @GET
    @Operation(summary = "List partners", description = "Each with its quota; secrets are never listed.")
    @APIResponse(responseCode = "200", description = "The partners")
    public List<Partner> list() {
        return registry.list();
    }

    @GET
    @Path("{clientId}")
    @Operation(summary = "A partner", description = "Whether it is enabled, and the quota its requests count against: the one an admin "
            + "set, or the default (defaultQuota true). Its secret is never shown.")
    @APIResponse(responseCode = "200", description = "The partner")
    @APIResponse(responseCode = "404", ref = ApiComponents.PROBLEM)
    public Partner get(@PathParam("clientId") String clientId) {
        return registry.partner(clientId);
    }

    @PUT
    @Path("{clientId}/quota")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set a partner's quota", description = "At most perMinute requests in a minute and perDay in a day, through each "
            + "gateway; a window left out has no limit. Answers the partner. The gateway that is told applies it at once, the others "
            + "within gateway.partner-quotas.refresh (30 s). Requests over it are answered 429 with Retry-After.")
    @APIResponse(responseCode = "200", description = "The partner, with its quota")
    @APIResponse(responseCode = "400", ref = ApiComponents.PROBLEM)
    @APIResponse(responseCode = "404", ref = ApiComponents.PROBLEM)
    public Partner setQuota(@PathParam("clientId") String clientId, @Valid @NotNull Quota quota) {
        if (quota.windows().isEmpty()) {
            throw new PartnerProblems.QuotaWithoutLimits("to give " + clientId + " the default quota again, DELETE its quota");
        }
        return quotaSet(clientId, Optional.of(quota));
    }

    @DELETE
    @Path("{clientId}/quota")
    @Operation(summary = "Give a partner the default quota again", description = "Answers the partner.")
    @APIResponse(responseCode = "200", description = "The partner, with the default quota")
    @APIResponse(responseCode = "404", ref = ApiComponents.PROBLEM)
    public Partner removeQuota(@PathParam("clientId") String clientId) {
        return quotaSet(clientId, Optional.empty());
    }

    private Partner quotaSet(String clientId, Optional<Quota> quota) {
        Partner partner = registry.setQuota(clientId, quota);
        quotas.assign(clientId, quota);
        return partner;
    }

    @DELETE
    @Path("{clientId}")
    @Operation(summary = "Disable a partner", description = "Keycloak issues it no more tokens, and the gateway and the "
            + "services refuse the ones it holds: this gateway at once, every other replica within seconds.")
    @APIResponse(responseCode = "204", description = "Disabled")
    @APIResponse(responseCode = "404", ref = ApiComponents.PROBLEM)
    public Response disable(@PathParam("clientId") String clientId) {
        registry.disable(clientId);
        return forgetTokensOf(clientId);
    }

    @POST
    @Path("{clientId}/enable")
    @Operation(summary = "Enable a disabled partner again", description = "It signs in again with the secret it had.")
    @APIResponse(responseCode = "204", description = "Enabled")
    @APIResponse(responseCode = "404", ref = ApiComponents.PROBLEM)
    public Response enable(@PathParam("clientId") String clientId) {
        registry.enable(clientId);
        return forgetTokensOf(clientId);
    }

    /** Keycloak now answers on the partner's tokens anew; what it said before is not waited out here. */
    private Response forgetTokensOf(String clientId) {
        partnerTokens.forget(clientId);
        return Response.noContent().build();
    }

    @POST
    @Path("{clientId}/secret")
    @Operation(summary = "Rotate a partner's secret", description = "Answers the new secret, once; the old one signs in no "
            + "more. Tokens already issued stay valid until they expire.")
    @APIResponse(responseCode = "200", description = "The new secret, shown this once",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PartnerCredentials.class)))
    @APIResponse(responseCode = "404", ref = ApiComponents.PROBLEM)
    public Response rotateSecret(@PathParam("clientId") String clientId) {
        return Response.ok(registry.rotateSecret(clientId)).header("Cache-Control", "no-store").build();
    }
}
