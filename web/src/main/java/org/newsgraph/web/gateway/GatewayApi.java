package org.newsgraph.web.gateway;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The gateway's public API, called with the signed-in person's access token: the only API this app uses. */
@RegisterRestClient(configKey = "gateway")
@RegisterProvider(UserToken.class)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface GatewayApi {

    @GET
    @Path("/articles")
    SearchResults search(@RestQuery String q, @RestQuery String actor, @RestQuery String source, @RestQuery String from,
            @RestQuery String to, @RestQuery String sort, @RestQuery String cursor, @RestQuery Integer limit, @RestQuery String facets);

    @GET
    @Path("/articles/{id}")
    Article article(@RestPath UUID id);

    /** The article with its ETag, which a revision or withdrawal sends back as If-Match. */
    @GET
    @Path("/articles/{id}")
    RestResponse<Article> articleToRevise(@RestPath UUID id);

    /** A new revision from wire copy: its dateline and credit are read again; its publication time stays. */
    @PUT
    @Path("/articles/{id}")
    @Consumes(MediaType.TEXT_PLAIN + ";charset=utf-8")
    Article revise(@RestPath UUID id, @RestHeader("If-Match") String ifMatch, @RestQuery String title, @RestQuery String note,
            String copy);

    @DELETE
    @Path("/articles/{id}")
    void withdraw(@RestPath UUID id, @RestHeader("If-Match") String ifMatch);

    /** Wire copy as it came: the API reads its title, dateline and credit. */
    @POST
    @Path("/articles")
    @Consumes(MediaType.TEXT_PLAIN + ";charset=utf-8")
    Article file(String copy, @RestHeader("Idempotency-Key") String idempotencyKey);

    /** Oldest first, without their text. */
    @GET
    @Path("/articles/{id}/revisions")
    Revisions revisions(@RestPath UUID id);

    @GET
    @Path("/articles/{id}/revisions/{revision}")
    Revisions.Revision revision(@RestPath UUID id, @RestPath int revision);

    @GET
    @Path("/articles/{id}/mentions")
    Mentions mentions(@RestPath UUID id);

    @GET
    @Path("/actors/trending")
    List<Actors.Trending> trending(@RestQuery Integer limit);

    /** 301 with a Location for an actor merged into another; redirects are not followed. */
    @GET
    @Path("/actors/{id}")
    RestResponse<Actors.Profile> actor(@RestPath UUID id);

    @GET
    @Path("/actors/{id}/quotes")
    Actors.Page<Actors.QuoteGiven> quotes(@RestPath UUID id, @RestQuery Integer limit);

    @GET
    @Path("/actors/{id}/articles")
    Actors.Page<Actors.ArticleMentioning> articles(@RestPath UUID id, @RestQuery Integer limit);

    @GET
    @Path("/actors/{id}/network")
    Actors.Network network(@RestPath UUID id, @RestQuery Integer limit);

    @GET
    @Path("/actors")
    Actors.Page<Actors.Summary> actors(@RestQuery String q, @RestQuery String type, @RestQuery Boolean provisional,
            @RestQuery Integer limit);

    @PATCH
    @Path("/actors/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    Actors.Profile change(@RestPath UUID id, Actors.Change change);

    @POST
    @Path("/actors/{id}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    Actors.Profile merge(@RestPath UUID id, Actors.Merge merge);

    /** Gives the merged actor back as it was before the merge into {@code id}; answers with the restored actor. */
    @POST
    @Path("/actors/{id}/merges/{mergedId}/undo")
    Actors.Profile undoMerge(@RestPath UUID id, @RestPath UUID mergedId);

    /** Newest first. */
    @GET
    @Path("/actors/{id}/history")
    Actors.Page<Actors.Curated> history(@RestPath UUID id, @RestQuery String cursor, @RestQuery Integer limit);

    @GET
    @Path("/partners")
    List<Partners.Partner> partners();

    @POST
    @Path("/partners")
    @Consumes(MediaType.APPLICATION_JSON)
    Partners.Credentials onboard(Partners.Onboarding partner);

    @POST
    @Path("/partners/{clientId}/secret")
    Partners.Credentials rotateSecret(@RestPath String clientId);

    @DELETE
    @Path("/partners/{clientId}")
    void disable(@RestPath String clientId);

    @POST
    @Path("/partners/{clientId}/enable")
    void enable(@RestPath String clientId);

    @PUT
    @Path("/partners/{clientId}/quota")
    @Consumes(MediaType.APPLICATION_JSON)
    Partners.Partner setQuota(@RestPath String clientId, Partners.Quota quota);

    @DELETE
    @Path("/partners/{clientId}/quota")
    Partners.Partner removeQuota(@RestPath String clientId);

    @ClientExceptionMapper
    static ApiProblem problem(Response response) {
        return response.getStatus() >= 400 ? ApiProblem.of(response) : null;
    }
}
