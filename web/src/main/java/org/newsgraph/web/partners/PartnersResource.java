package org.newsgraph.web.partners;

import java.net.URI;
import java.util.List;
import java.util.function.Supplier;

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
 * answer to the form that made it, never stored here, put in an address or cached. A refusal is shown on the list,
 * above it, with what was typed kept in the onboarding form.
 */
@Path("/partners")
@RolesAllowed(Viewer.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class PartnersResource {

    /** Every partner's client id starts so; the form starts with it. */
    private static final Partners.Onboarding BLANK = new Partners.Onboarding("", "partner-");

    record partners(List<Partners.Partner> partners, Partners.Onboarding typed, ApiProblem problem) implements TemplateInstance {
    }

    /** Asked before a rotation, which stops the partner's current secret at once. */
    record rotation(String clientId) implements TemplateInstance {
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
        return new partners(api.partners(), BLANK, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response onboard(@RestForm String name, @RestForm String clientId) {
        Partners.Onboarding typed = new Partners.Onboarding(name, clientId);
        return orRefused(typed, () -> shownOnce(new secret(api.onboard(typed), true)));
    }

    @GET
    @Path("{clientId}/secret")
    public rotation confirmRotation(@RestPath String clientId) {
        return new rotation(clientId);
    }

    @POST
    @Path("{clientId}/secret")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response rotate(@RestPath String clientId) {
        return orRefused(BLANK, () -> shownOnce(new secret(api.rotateSecret(clientId), false)));
    }

    @POST
    @Path("{clientId}/disabling")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response disable(@RestPath String clientId) {
        return backToListAfter(() -> api.disable(clientId));
    }

    @POST
    @Path("{clientId}/enabling")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response enable(@RestPath String clientId) {
        return backToListAfter(() -> api.enable(clientId));
    }

    /** Sets a partner's quota; with neither window given, the partner gets the default quota again. */
    @POST
    @Path("quota")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response setQuota(@RestForm String clientId, @RestForm String perMinute, @RestForm String perDay) {
        return backToListAfter(() -> {
            Partners.Quota quota = new Partners.Quota(limit("Requests a minute", perMinute), limit("Requests a day", perDay));
            if (quota.perMinute() == null && quota.perDay() == null) {
                api.removeQuota(clientId);
            } else {
                api.setQuota(clientId, quota);
            }
        });
    }

    /** A window's limit as typed: none when left empty. */
    private static Integer limit(String label, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        if (!typed.strip().matches("[1-9]\\d{0,8}")) {
            throw new ApiProblem(400, "Invalid quota", label + " must be a whole number of at least 1, or left empty for no limit.");
        }
        return Integer.valueOf(typed.strip());
    }

    /** The change's answer, or the list again with the API's problem and the onboarding form as typed. */
    private Response orRefused(Partners.Onboarding typed, Supplier<Response> change) {
        try {
            return change.get();
        } catch (ApiProblem problem) {
            return Response.status(problem.status()).entity(new partners(api.partners(), typed, problem))
                    .type(MediaType.TEXT_HTML_TYPE).build();
        }
    }

    /** Neither the browser nor anything between may keep the page that shows a secret. */
    private static Response shownOnce(secret page) {
        return Response.ok(page, MediaType.TEXT_HTML_TYPE).header("Cache-Control", "no-store").build();
    }

    /** Redirect after post: reloading the list sends nothing again. */
    private Response backToListAfter(Runnable change) {
        return orRefused(BLANK, () -> {
            change.run();
            return Response.seeOther(URI.create("/partners")).build();
        });
    }
}
