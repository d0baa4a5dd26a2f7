package org.newsgraph.web.curation;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.newsgraph.web.config.WebConfig;
import org.newsgraph.web.gateway.Actors;
import org.newsgraph.web.gateway.ApiProblem;
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
 * Curating the registry, for editors: the actors the engine created that need a look, renaming, aliases, types, and
 * merging one actor into another after a preview of what moves, and undoing a merge. Every change is the API's; a
 * refusal is shown as its problem.
 */
@Path("/curation")
@RolesAllowed({Viewer.EDITOR, Viewer.ADMIN})
@Produces(MediaType.TEXT_HTML)
public class CurationResource {

    record review(List<Actors.Summary> actors) implements TemplateInstance {
    }

    record candidates(Actors.Profile actor, String q, List<Actors.Summary> found) implements TemplateInstance {
    }

    record preview(MergePreview merge) implements TemplateInstance {
    }

    private final GatewayApi api;
    private final WebConfig config;

    public CurationResource(@RestClient GatewayApi api, WebConfig config) {
        this.api = api;
        this.config = config;
    }

    /** Provisional actors: named once in one story, and not resolved to until an editor confirms or merges them. */
    @GET
    public review review() {
        return new review(api.actors(null, null, true, config.curation().reviewSize()).items());
    }

    @POST
    @Path("actors/{id}/name")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response rename(@RestPath UUID id, @RestForm String name) {
        return changed(id, Actors.Change.rename(required(name, "name")));
    }

    @POST
    @Path("actors/{id}/aliases")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addAlias(@RestPath UUID id, @RestForm String alias, @RestForm boolean move) {
        return changed(id, Actors.Change.addAlias(required(alias, "alias"), move));
    }

    @POST
    @Path("actors/{id}/aliases/removal")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response removeAlias(@RestPath UUID id, @RestForm String alias) {
        return changed(id, Actors.Change.removeAlias(required(alias, "alias")));
    }

    @POST
    @Path("actors/{id}/type")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response retype(@RestPath UUID id, @RestForm String type) {
        return changed(id, Actors.Change.retype(required(type, "type")));
    }

    /** Actors of the same type to merge this one into, found by name or alias: confirmed ones first, then provisional. */
    @GET
    @Path("actors/{id}/merge")
    public candidates candidates(@RestPath UUID id, @RestQuery String q) {
        Actors.Profile actor = api.actor(id).getEntity();
        if (q == null || q.isBlank()) {
            return new candidates(actor, q, List.of());
        }
        int size = config.curation().candidates();
        List<Actors.Summary> found = Stream.of(false, true)
                .flatMap(provisional -> api.actors(q, actor.type(), provisional, size).items().stream())
                .filter(candidate -> !candidate.id().equals(id)).limit(size).toList();
        return new candidates(actor, q, found);
    }

    @GET
    @Path("actors/{id}/merge/{into}")
    public preview preview(@RestPath UUID id, @RestPath UUID into) {
        return new preview(MergePreview.of(api.actor(id).getEntity(), api.actor(into).getEntity()));
    }

    @POST
    @Path("actors/{id}/merge/{into}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response merge(@RestPath UUID id, @RestPath UUID into) {
        Actors.Profile survivor = api.merge(id, new Actors.Merge(into));
        return backTo(survivor.id());
    }

    /** Gives back the actor merged into {@code id} as it was, and shows it. */
    @POST
    @Path("actors/{id}/merges/{mergedId}/undo")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response undoMerge(@RestPath UUID id, @RestPath UUID mergedId) {
        return backTo(api.undoMerge(id, mergedId).id());
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new ApiProblem(400, "Nothing to save", "The " + field + " is empty.");
        }
        return value.strip();
    }

    private Response changed(UUID id, Actors.Change change) {
        api.change(id, change);
        return backTo(id);
    }

    private static Response backTo(UUID actor) {
        return Response.seeOther(URI.create("/actors/" + actor)).build();
    }
}
