package org.newsgraph.web.filing;

import java.net.URI;
import java.util.UUID;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Revising and withdrawing a story, for editors. Each form carries the ETag of the revision it was opened on, so that
 * a change made meanwhile by someone else is refused by the API instead of overwritten.
 */
@Path("/articles/{id}")
@RolesAllowed({Viewer.EDITOR, Viewer.ADMIN})
@Produces(MediaType.TEXT_HTML)
public class EditingResource {

    record revise(Article article, String etag, String title, String copy, String note, ApiProblem problem) implements TemplateInstance {
    }

    record withdraw(Article article, String etag, ApiProblem problem) implements TemplateInstance {
    }

    private final GatewayApi api;

    public EditingResource(@RestClient GatewayApi api) {
        this.api = api;
    }

    @GET
    @Path("revise")
    public revise reviseForm(@RestPath UUID id) {
        RestResponse<Article> current = api.articleToRevise(id);
        Article article = current.getEntity();
        return new revise(article, current.getHeaderString(HttpHeaders.ETAG), article.title(), article.body(), "", null);
    }

    @POST
    @Path("revise")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response revise(@RestPath UUID id, @RestForm String etag, @RestForm String title, @RestForm String copy,
            @RestForm String note) {
        try {
            api.revise(id, etag, title, note == null || note.isBlank() ? null : note, copy == null ? "" : copy);
            return Response.seeOther(URI.create("/articles/" + id)).build();
        } catch (ApiProblem problem) {
            Article article = api.article(id);
            return page(problem, new revise(article, etag, title, copy, note, problem));
        }
    }

    @GET
    @Path("withdraw")
    public withdraw withdrawForm(@RestPath UUID id) {
        RestResponse<Article> current = api.articleToRevise(id);
        return new withdraw(current.getEntity(), current.getHeaderString(HttpHeaders.ETAG), null);
    }

    @POST
    @Path("withdraw")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response withdraw(@RestPath UUID id, @RestForm String etag) {
        try {
            api.withdraw(id, etag);
            return Response.seeOther(URI.create("/articles/" + id)).build();
        } catch (ApiProblem problem) {
            return page(problem, new withdraw(api.article(id), etag, problem));
        }
    }

    private static Response page(ApiProblem problem, TemplateInstance page) {
        return Response.status(problem.status()).entity(page).type(MediaType.TEXT_HTML_TYPE).build();
    }
}
