package org.newsgraph.gateway.partners;

import java.net.URI;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.newsgraph.security.partners.PartnerTokens;
import org.newsgraph.security.routes.Endpoints;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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

    public PartnerResource(PartnerRegistry registry, PartnerTokens partnerTokens) {
        this.registry = registry;
        this.partnerTokens = partnerTokens;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Onboard a partner", description = "Creates its OAuth client with role partner and answers its secret, once.")
    public Response onboard(@Valid @NotNull NewPartner partner) {
        PartnerCredentials credentials = registry.onboard(partner);
        return Response.created(URI.create(Endpoints.PREFIX + "/partners/" + credentials.clientId()))
                .header("Cache-Control", "no-store")
                .entity(credentials)
                .build();
    }

    @GET
    @Operation(summary = "List partners", description = "Secrets are never listed.")
    public List<Partner> list() {
        return registry.list();
    }

    @DELETE
    @Path("{clientId}")
    @Operation(summary = "Disable a partner", description = "Keycloak issues it no more tokens, and the gateway and the "
            + "services refuse the ones it holds: this gateway at once, every other replica within seconds.")
    public Response disable(@PathParam("clientId") String clientId) {
        registry.disable(clientId);
        return forgetTokensOf(clientId);
    }

    @POST
    @Path("{clientId}/enable")
    @Operation(summary = "Enable a disabled partner again", description = "It signs in again with the secret it had.")
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
    public Response rotateSecret(@PathParam("clientId") String clientId) {
        return Response.ok(registry.rotateSecret(clientId)).header("Cache-Control", "no-store").build();
    }
}
