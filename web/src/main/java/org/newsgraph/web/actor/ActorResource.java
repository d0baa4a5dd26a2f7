package org.newsgraph.web.actor;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;
import org.newsgraph.web.config.WebConfig;
import org.newsgraph.web.gateway.Actors;
import org.newsgraph.web.gateway.GatewayApi;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** An actor: names and aliases, roles over time, quotes, articles, and the actors named with it drawn as a network. */
@Path("/actors")
public class ActorResource {

    record actor(Actors.Profile profile, List<Actors.QuoteGiven> quotes, List<Actors.ArticleMentioning> articles,
            List<Actors.Neighbour> neighbours, NetworkDrawing network, List<HistoryLine> history, boolean moreHistory)
            implements TemplateInstance {
    }

    /** @param older the cursor of the page of older changes; null on the last */
    record history(Actors.Profile profile, List<HistoryLine> lines, String older) implements TemplateInstance {
    }

    private final GatewayApi api;
    private final WebConfig config;

    public ActorResource(@RestClient GatewayApi api, WebConfig config) {
        this.api = api;
        this.config = config;
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.TEXT_HTML)
    public Object actor(@RestPath UUID id) {
        RestResponse<Actors.Profile> answer = api.actor(id);
        if (answer.getStatus() == Response.Status.MOVED_PERMANENTLY.getStatusCode() && answer.getLocation() != null) {
            // Merged into another actor: its page is the survivor's.
            String path = answer.getLocation().getPath();
            return Response.status(Response.Status.MOVED_PERMANENTLY)
                    .location(URI.create("/actors/" + path.substring(path.lastIndexOf('/') + 1))).build();
        }
        Actors.Profile profile = answer.getEntity();
        int size = config.actor().listSize();
        List<Actors.Neighbour> neighbours = api.network(id, config.actor().networkSize()).neighbours();
        Actors.Page<Actors.Curated> history = api.history(id, null, config.actor().historySize());
        return new actor(profile, api.quotes(id, size).items(), api.articles(id, size).items(), neighbours,
                NetworkDrawing.of(neighbours), HistoryLine.of(id, history.items()), history.nextCursor() != null);
    }

    /** Who curated the actor, what they changed and when, newest first, a page at a time. */
    @GET
    @Path("{id}/history")
    @Produces(MediaType.TEXT_HTML)
    public history history(@RestPath UUID id, @RestQuery String cursor) {
        Actors.Page<Actors.Curated> page = api.history(id, cursor, config.actor().historySize());
        return new history(api.actor(id).getEntity(), HistoryLine.of(id, page.items()), page.nextCursor());
    }
}
