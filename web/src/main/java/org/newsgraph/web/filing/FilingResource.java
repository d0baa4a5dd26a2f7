package org.newsgraph.web.filing;

import java.net.URI;
import java.util.UUID;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.newsgraph.web.gateway.ApiProblem;
import org.newsgraph.web.gateway.Article;
import org.newsgraph.web.gateway.GatewayApi;
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
 * Filing a story from pasted wire copy, for editors: the API reads its title, dateline and credit. Each form carries
 * an idempotency key of its own, so that a form sent twice files one story.
 */
@Path("/file")
@RolesAllowed({Viewer.EDITOR, Viewer.ADMIN})
public class FilingResource {

    record file(String copy, String idempotencyKey, ApiProblem problem) implements TemplateInstance {
    }

    private final GatewayApi api;

    public FilingResource(@RestClient GatewayApi api) {
        this.api = api;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public file form() {
        return new file("", UUID.randomUUID().toString(), null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response file(@RestForm String copy, @RestForm String idempotencyKey) {
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? UUID.randomUUID().toString() : idempotencyKey;
        if (copy == null || copy.isBlank()) {
            return refused(copy, key, new ApiProblem(400, "Nothing to file", "Paste the wire copy into the box first."));
        }
        try {
            Article filed = api.file(copy, key);
            return Response.seeOther(URI.create("/articles/" + filed.id())).build();
        } catch (ApiProblem problem) {
            return refused(copy, key, problem);
        }
    }

    private static Response refused(String copy, String key, ApiProblem problem) {
        return Response.status(problem.status()).entity(new file(copy, key, problem)).type(MediaType.TEXT_HTML_TYPE).build();
    }
}
