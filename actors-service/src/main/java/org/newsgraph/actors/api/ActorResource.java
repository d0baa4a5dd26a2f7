package org.newsgraph.actors.api;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.newsgraph.actors.Actor;
import org.newsgraph.actors.ActorProblems;
import org.newsgraph.actors.config.ActorsConfig;
import org.newsgraph.actors.extraction.ActorType;
import org.newsgraph.actors.registry.Curation;
import org.newsgraph.actors.registry.RegistryIndex;
import org.newsgraph.problem.ApiComponents;
import org.newsgraph.problem.EntityTags;
import org.newsgraph.problem.QueryParameters;
import org.newsgraph.security.routes.EndpointAuthorization;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.RedirectionException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;

@Path("/actors")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Actors")
public class ActorResource {

    private static final String CURSOR = "The opaque cursor of the previous page";
    private static final String LIMIT = "How many a page holds: actors.default-limit (20) unless given, at most actors.max-limit (100)";

    private final ActorQueries queries;
    private final Curation curation;
    private final RegistryIndex index;
    private final ActorsConfig config;
    private final ObjectMapper json;
    private final Clock clock;
    private final CurrentVertxRequest vertxRequest;

    public ActorResource(ActorQueries queries, Curation curation, RegistryIndex index, ActorsConfig config, ObjectMapper json,
            Clock clock, CurrentVertxRequest vertxRequest) {
        this.queries = queries;
        this.curation = curation;
        this.index = index;
        this.config = config;
        this.json = json;
        this.clock = clock;
        this.vertxRequest = vertxRequest;
    }

    @GET
    @Operation(summary = "Find actors by name or alias", description = "Prefix match on any word, ignoring case and accents. "
            + "Provisional actors, named once in one article and not yet curated, are listed only when asked for.")
    @APIResponse(responseCode = "200", description = "A page of actors")
    @APIResponse(responseCode = "400", ref = ApiComponents.PROBLEM)
    public ActorViews.Page<ActorViews.Summary> list(
            @Parameter(description = "The start of any word of a name or alias: netan finds Benjamin Netanyahu") @QueryParam("q") String text,
            @Parameter(description = "Only actors of this type, in any case", schema = @Schema(implementation = ActorType.class))
            @QueryParam("type") String type,
            @Parameter(description = "true: only the provisional actors, for editors to confirm or merge", schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("provisional") String provisional,
            @Parameter(description = CURSOR) @QueryParam("cursor") String cursor,
            @Parameter(description = LIMIT, schema = @Schema(type = SchemaType.INTEGER, minimum = "1")) @QueryParam("limit") String limit) {
        return queries.list(QueryParameters.present(text), type(type), QueryParameters.flag("provisional", provisional),
                QueryParameters.present(cursor).map(PageCursor::decode), limit(limit));
    }

    @GET
    @Path("trending")
    @Operation(summary = "Who is in the news now: the actors in most articles published in a window",
            description = "Ranked by the articles naming each, then by mentions. The window ends at to (exclusive), or now; it starts at "
                    + "from, or actors.trending-window (a week unless configured) before its end. Embargoed articles count from their time on.")
    @APIResponse(responseCode = "200", description = "The actors, the most named first")
    @APIResponse(responseCode = "400", ref = ApiComponents.PROBLEM)
    public List<ActorViews.Trending> trending(
            @Parameter(description = "The window's start, inclusive", schema = @Schema(ref = ApiComponents.INSTANT_OR_DATE)) @QueryParam("from") String from,
            @Parameter(description = "The window's end, exclusive", schema = @Schema(ref = ApiComponents.INSTANT_OR_DATE)) @QueryParam("to") String to,
            @Parameter(description = "Only actors of this type, in any case", schema = @Schema(implementation = ActorType.class))
            @QueryParam("type") String type,
            @Parameter(description = LIMIT, schema = @Schema(type = SchemaType.INTEGER, minimum = "1")) @QueryParam("limit") String limit) {
        Optional<Instant> end = QueryParameters.instant("to", to);
        Instant start = QueryParameters.instant("from", from)
                .orElseGet(() -> end.orElseGet(clock::instant).minus(config.trendingWindow()));
        return queries.trending(Optional.of(start), end, type(type), limit(limit));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "An actor's profile", description = "A merged actor answers 301 with the survivor's address. "
            + "The strong ETag changes with any change to the profile; If-None-Match with it answers 304.")
    @APIResponse(responseCode = "200", description = "The actor's names, aliases, titles and counts",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActorViews.Profile.class)))
    @APIResponse(responseCode = "301", ref = ActorsApi.MERGED)
    @APIResponse(responseCode = "304", ref = ApiComponents.NOT_MODIFIED)
    @APIResponse(responseCode = "404", ref = ApiComponents.PROBLEM)
    public Response get(@PathParam("id") UUID id,
            @Parameter(description = "The ETag of the copy the caller holds") @HeaderParam("If-None-Match") String ifNoneMatch,
            @jakarta.ws.rs.core.Context UriInfo uri) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Actor actor = find(id);
            if (!actor.isActive()) {
                return Response.status(Response.Status.MOVED_PERMANENTLY).location(survivorOf(actor, uri)).build();
            }
            byte[] profile = json.writeValueAsBytes(queries.profile(actor));
            String tag = EntityTags.strong(profile);
            Response.ResponseBuilder answer = EntityTags.isCurrent(ifNoneMatch, tag) ? Response.notModified()
                    : Response.ok(profile, MediaType.APPLICATION_JSON_TYPE);
            return answer.header(HttpHeaders.ETAG, tag).build();
        });
    }

    @GET
    @Path("{id}/articles")
    @Operation(summary = "The articles that name an actor", description = "The newest first. A merged actor answers 301 with the survivor's.")
    @APIResponse(responseCode = "200", description = "A page of articles")
    @APIResponse(responseCode = "301", ref = ActorsApi.MERGED)
    @APIResponse(responseCode = "400", ref = ApiComponents.PROBLEM)
    @APIResponse(responseCode = "404", ref = ApiComponents.PROBLEM)
    public ActorViews.Page<ActorViews.ArticleMentioning> articles(@PathParam("id") UUID id,
            @Parameter(description = CURSOR) @QueryParam("cursor") String cursor,
            @Parameter(description = LIMIT, schema = @Schema(type = SchemaType.INTEGER, minimum = "1")) @QueryParam("limit") String limit,
            @jakarta.ws.rs.core.Context UriInfo uri) {
        requireActive(id, "articles", uri);
        return queries.articles(id, QueryParameters.present(cursor).map(PageCursor::decode), limit(limit));
    }

    @GET
    @Path("{id}/quotes")
    @Operation(summary = "What an actor said", description = "The newest first. A merged actor answers 301 with the survivor's.")
    @APIResponse(responseCode = "200", description = "A page of quotes")
    @APIResponse(responseCode = "301", ref = ActorsApi.MERGED)
    @APIResponse(responseCode = "400", ref = ApiComponents.PROBLEM)
    @APIResponse(responseCode = "404", ref = ApiComponents.PROBLEM)
    public ActorViews.Page<ActorViews.QuoteGiven> quotes(@PathParam("id") UUID id,
            @Parameter(description = CURSOR) @QueryParam("cursor") String cursor,
            @Parameter(description = LIMIT, schema = @Schema(type = SchemaType.INTEGER, minimum = "1")) @QueryParam("limit") String limit,
            @jakarta.ws.rs.core.Context UriInfo uri) {
        requireActive(id, "quotes", uri);
        return queries.quotes(id, QueryParameters.present(cursor).map(PageCursor::decode), limit(limit));
    }

    @GET
    @Path("{id}/network")
    @Operation(summary = "The actors named near this one, weighted by how close they stand",
            description = "The closest first, each with the passage that ties them. A merged actor answers 301 with the survivor's.")
    @APIResponse(responseCode = "200", description = "The actors named near this one")
    @APIResponse(responseCode = "301", ref = ActorsApi.MERGED)
    @APIResponse(responseCode = "400", ref = ApiComponents.PROBLEM)
    @APIResponse(responseCode = "404", ref = ApiComponents.PROBLEM)
    public ActorViews.Network network(@PathParam("id") UUID id,
            @Parameter(description = "Only articles published from then, inclusive", schema = @Schema(ref = ApiComponents.INSTANT_OR_DATE))
            @QueryParam("from") String from,
            @Parameter(description = "Only articles published before then", schema = @Schema(ref = ApiComponents.INSTANT_OR_DATE))
            @QueryParam("to") String to,
            @Parameter(description = LIMIT, schema = @Schema(type = SchemaType.INTEGER, minimum = "1")) @QueryParam("limit") String limit,
            @jakarta.ws.rs.core.Context UriInfo uri) {
        requireActive(id, "network", uri);
        return queries.network(id, QueryParameters.instant("from", from), QueryParameters.instant("to", to), limit(limit));
    }

    @PATCH
    @Path("{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(summary = "Curate an actor: rename, retype, add or remove aliases and titles, link Wikidata",
            description = """
                    A type change is announced as newsgraph.actor.retyped, and the articles' tags follow. A name or alias that
                    another actor of its (new) type has is refused (409), except an alias sent in moveAliases, which is taken from
                    that actor (not its name); a field this does not know is refused (400). Titles are one whatever their case.""")
    @APIResponse(responseCode = "200", description = "The curated actor")
    @APIResponse(responseCode = "400", ref = ApiComponents.PROBLEM)
    @APIResponse(responseCode = "404", ref = ApiComponents.PROBLEM)
    @APIResponse(responseCode = "409", ref = ApiComponents.PROBLEM)
    public ActorViews.Profile change(@PathParam("id") UUID id, @Valid @NotNull ActorPatch patch) {
        Curation.Changed changed = curation.change(id, new Curation.Change(patch.name(), patch.addAliases(), patch.moveAliases(),
                patch.removeAliases(), patch.addRoles(), patch.removeRoles(), patch.wikidataQid(),
                patch.type() == null ? null : ActorType.valueOf(patch.type().toUpperCase(Locale.ROOT))), curator());
        index.update(Stream.concat(changed.gaveAliases().stream(), Stream.of(changed.actor())).map(RegistryIndex::known).toList());
        return QuarkusTransaction.requiringNew().call(() -> queries.profile(find(id)));
    }

    @POST
    @Path("{id}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Merge this actor into another", description = """
            Mentions, quotes and names move to the actor merged into; the old id answers 301 on every resource and finds the
            survivor's articles as a search filter. Actors of different types are not merged: change the type of one first (409).
            A merge can be undone.""")
    @APIResponse(responseCode = "200", description = "The actor merged into")
    @APIResponse(responseCode = "400", ref = ApiComponents.PROBLEM)
    @APIResponse(responseCode = "404", ref = ApiComponents.PROBLEM)
    @APIResponse(responseCode = "409", ref = ApiComponents.PROBLEM)
    @APIResponse(responseCode = "422", ref = ApiComponents.PROBLEM)
    public ActorViews.Profile merge(@PathParam("id") UUID id, @Valid @NotNull MergeRequest request) {
        Actor survivor = curation.merge(id, request.into(), curator());
        index.forget(id);
        index.update(List.of(RegistryIndex.known(survivor)));
        return QuarkusTransaction.requiringNew().call(() -> queries.profile(find(survivor.id)));
    }

    @POST
    @Path("{id}/merges/{mergedId}/undo")
    @Operation(summary = "Undo the merge of another actor into this one",
            description = "The merged actor answers for itself again, with its names, titles, mentions, quotes and co-mentions as "
                    + "before the merge; the articles naming it are announced again, so that their tags follow. A merge undone "
                    + "already, or built on since (this actor merged away, its name taken), is refused with 409.")
    @APIResponse(responseCode = "200", description = "The restored actor")
    @APIResponse(responseCode = "404", ref = ApiComponents.PROBLEM)
    @APIResponse(responseCode = "409", ref = ApiComponents.PROBLEM)
    public ActorViews.Profile undoMerge(@Parameter(description = "The actor merged into") @PathParam("id") UUID id,
            @Parameter(description = "The actor merged away") @PathParam("mergedId") UUID mergedId) {
        Curation.Unmerged unmerged = curation.undoMerge(id, mergedId, curator());
        index.update(List.of(RegistryIndex.known(unmerged.restored()), RegistryIndex.known(unmerged.survivor())));
        return QuarkusTransaction.requiringNew().call(() -> queries.profile(find(mergedId)));
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "Who curated an actor, what they changed and when, newest first",
            description = "Renames, type changes, aliases and titles added or removed, Wikidata links, merges and their undoing. "
                    + "A merged actor answers with its own history, not its survivor's.")
    @APIResponse(responseCode = "200", description = "A page of changes")
    @APIResponse(responseCode = "400", ref = ApiComponents.PROBLEM)
    @APIResponse(responseCode = "404", ref = ApiComponents.PROBLEM)
    public ActorViews.Page<ActorViews.CurationChange> history(@PathParam("id") UUID id,
            @Parameter(description = CURSOR) @QueryParam("cursor") String cursor,
            @Parameter(description = LIMIT, schema = @Schema(type = SchemaType.INTEGER, minimum = "1")) @QueryParam("limit") String limit) {
        Optional<PageCursor> after = QueryParameters.present(cursor).map(PageCursor::decode);
        int size = limit(limit);
        return QuarkusTransaction.requiringNew().call(() -> {
            find(id);
            return queries.history(id, after, size);
        });
    }

    /** Who the history names for a change: the user signed in, as the token says. */
    private String curator() {
        return EndpointAuthorization.callerOf(vertxRequest.getCurrent()).name();
    }

    private URI survivorOf(Actor actor, UriInfo uri) {
        Actor survivor = actor;
        for (int hops = 0; !survivor.isActive() && hops < 16; hops++) {
            survivor = find(survivor.mergedInto);
        }
        return uri.getBaseUriBuilder().path("actors").path(survivor.id.toString()).build();
    }

    /** A merged actor's articles, quotes and network are its survivor's: the answer is a 301 there, query kept. */
    private void requireActive(UUID id, String part, UriInfo uri) {
        URI survivor = QuarkusTransaction.requiringNew().call(() -> {
            Actor actor = find(id);
            return actor.isActive() ? null : survivorOf(actor, uri);
        });
        if (survivor != null) {
            throw new RedirectionException(Response.Status.MOVED_PERMANENTLY, UriBuilder.fromUri(survivor).path(part)
                    .replaceQuery(uri.getRequestUri().getRawQuery()).build());
        }
    }

    private static Actor find(UUID id) {
        return Actor.<Actor>findByIdOptional(id).orElseThrow(() -> new ActorProblems.NotFound(id));
    }


    private static Optional<ActorType> type(String type) {
        return QueryParameters.present(type).map(value -> {
            try {
                return ActorType.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new QueryParameters.InvalidQuery("type must be PERSON, ORGANIZATION or LOCATION.");
            }
        });
    }

    private int limit(String limit) {
        return QueryParameters.limit(limit, config.defaultLimit(), config.maxLimit());
    }
}
