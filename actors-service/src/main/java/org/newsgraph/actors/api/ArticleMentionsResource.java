package org.newsgraph.actors.api;

import java.time.Clock;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.newsgraph.actors.ActorProblems;
import org.newsgraph.actors.annotation.ArticleCopy;
import org.newsgraph.problem.ApiComponents;
import org.newsgraph.security.routes.EndpointAuthorization;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Who an article names and where: what the engine read in it, as stored, so that no client has to read it again. */
@Path("/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles")
public class ArticleMentionsResource {

    private final ActorQueries queries;
    private final CurrentVertxRequest request;
    private final Clock clock;

    public ArticleMentionsResource(ActorQueries queries, CurrentVertxRequest request, Clock clock) {
        this.queries = queries;
        this.request = request;
        this.clock = clock;
    }

    @GET
    @Path("{id}/mentions")
    @Operation(summary = "The actors an article names, each mention's place in its body, and its quotes",
            description = "Offsets are into the body, in UTF-16 code units, end exclusive. An article under embargo is found only by "
                    + "editors and admins until its time; a withdrawn one answers 410.")
    @APIResponse(responseCode = "200", description = "The mentions and quotes")
    @APIResponse(responseCode = "404", ref = ApiComponents.PROBLEM)
    @APIResponse(responseCode = "410", ref = ApiComponents.PROBLEM)
    public ActorViews.ArticleMentions mentions(@PathParam("id") UUID id) {
        boolean editorial = EndpointAuthorization.callerOf(request.getCurrent()).isEditorial();
        return QuarkusTransaction.requiringNew().call(() -> {
            ArticleCopy article = ArticleCopy.findById(id);
            if (article == null || !editorial && article.publishedAt.isAfter(clock.instant())) {
                throw new ActorProblems.ArticleNotFound(id);
            }
            if (article.withdrawn) {
                throw new ActorProblems.ArticleWithdrawn(id);
            }
            return queries.mentionsIn(article);
        });
    }
}
