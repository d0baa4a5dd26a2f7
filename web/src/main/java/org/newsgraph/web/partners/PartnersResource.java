package org.newsgraph.web.partners;

import java.net.URI;
import java.util.List;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.newsgraph.web.gateway.ApiProblem;
import org.newsgraph.web.gateway.GatewayApi;
import org.newsgraph.web.gateway.Partners;
import org.newsgraph.web.session.Viewer;

import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The partners, for admins: onboard one, rotate its secret, disable and enable it. A secret is drawn once, in the
 * answer to the form that made it, never stored here, put in an address or cached.
 */
@Path("/partners")
@RolesAllowed(Viewer.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class PartnersResource {

    record partners(List<Partners.Partner> partners, String name, String clientId, ApiProblem problem) implements TemplateInstance {
    }

    /** @param onboarded true for a new partner, false for a rotated secret */
    record secret(Partners.Credentials credentials, boolean onboarded) implements TemplateInstance {
    }

    private final GatewayApi api;

    public PartnersResource(@RestClient GatewayApi api) {
        this.api = api;
    }

    @GET
    public partners list() {
        return new partners(api.partners(), "", "partner-", null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response onboard(@RestForm String name, @RestForm String clientId) {
        try {
            return shownOnce(new secret(api.onboard(new Partners.Onboarding(name, clientId)), true));
        } catch (ApiProblem problem) {
            return Response.status(problem.status()).entity(new partners(api.partners(), name, clientId, problem))
                    .type(MediaType.TEXT_HTML_TYPE).build();
        }
    }

    @POST
    @Path("{clientId}/secret")
    public Response rotate(@RestPath String clientId) {
        return shownOnce(new secret(api.rotateSecret(clientId), false));
    }

    @POST
    @Path("{clientId}/disabling")
    public Response disable(@RestPath String clientId) {
        api.disable(clientId);
        return backToList();
    }

    @POST
    @Path("{clientId}/enabling")
    public Response enable(@RestPath String clientId) {
        api.enable(clientId);
        return backToList();
    }

    /** Neither the browser nor anything between may keep the page that shows a secret. */
    private static Response shownOnce(secret page) {
        return Response.ok(page, MediaType.TEXT_HTML_TYPE).header("Cache-Control", "no-store").build();
    }

    private static Response backToList() {
        return Response.seeOther(URI.create("/partners")).build();
    }
}
