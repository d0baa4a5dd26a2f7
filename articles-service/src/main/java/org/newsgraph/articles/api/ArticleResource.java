package org.newsgraph.articles.api;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.Explode;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.newsgraph.articles.Article;
import org.newsgraph.articles.ArticleContent;
import org.newsgraph.articles.ArticleDesk;
import org.newsgraph.articles.ArticleProblems;
import org.newsgraph.articles.ArticleRevision;
import org.newsgraph.articles.IdempotencyKey;
import org.newsgraph.articles.Viewer;
import org.newsgraph.articles.Writer;
import org.newsgraph.articles.config.ArticlesConfig;
import org.newsgraph.articles.search.Embargoes;
import org.newsgraph.articles.search.SearchCache;
import org.newsgraph.articles.search.SearchPage;
import org.newsgraph.wire.WireCopy;
import org.newsgraph.wire.WireCopyParser;
import org.newsgraph.problem.EntityTags;
import org.newsgraph.problem.FieldSelection;
import org.newsgraph.problem.ApiComponents;
import org.newsgraph.problem.PublicPath;
import org.newsgraph.problem.QueryParameters;
import org.newsgraph.problem.TextBodies;
import org.newsgraph.security.Caller;
import org.newsgraph.security.routes.EndpointAuthorization;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles")
public class ArticleResource {

    private static final String IDEMPOTENCY_KEY = "Any unique string, such as a UUID: a POST retried with the same key and "
            + "article answers the first result; with another article, 422";
    private static final String IF_MATCH = "The ETag of the revision the change is made to (or \"r3\"); a later revision answers 412";
    private static final String WIRE_TITLE = "For wire copy whose title is not its first line";
    private static final String LANGUAGE = "A BCP 47 language tag; articles.default-language unless given";
    private static final String FIELDS = "Only these fields, repeated or comma-separated (fields=id,title,publishedAt); every field unless "
            + "given. An unknown name is refused with 400 invalid-query, naming every unknown one and the fields there are.";

    private static final FieldSelection EVERY_FIELD = FieldSelection.all(ArticleView.class);

    private final ArticleDesk desk;
    private final SearchCache search;
    private final WireCopyParser wireCopy;
    private final ArticlesConfig config;
    private final CurrentVertxRequest request;
    private final ObjectMapper json;
    private final Clock clock;

    public ArticleResource(ArticleDesk desk, SearchCache search, WireCopyParser wireCopy, ArticlesConfig config, CurrentVertxRequest request,
            ObjectMapper json, Clock clock) {
        this.desk = desk;
        this.search = search;
        this.wireCopy = wireCopy;
        this.config = config;
        this.request = request;
        this.json = json;
        this.clock = clock;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "File an article", description = """
            JSON, or wire copy as text/plain, whose dateline, credit and title (unless given) are read from it. A partner owns the
            articles it files. A publishedAt ahead of now embargoes the article until then. A retried POST with the same
            Idempotency-Key answers the first result.""")
    @APIResponse(responseCode = "201", ref = ArticlesApi.FILED)
    @APIResponse(responseCode = "400", ref = ApiComponents.PROBLEM)
    @APIResponse(responseCode = "409", ref = ApiComponents.PROBLEM)
    @APIResponse(responseCode = "413", ref = ApiComponents.PROBLEM)
    @APIResponse(responseCode = "422", ref = ApiComponents.PROBLEM)
    public Response file(@Valid @NotNull ArticleRequest request,
            @Parameter(description = IDEMPOTENCY_KEY) @HeaderParam("Idempotency-Key") String idempotencyKey) {
        if (QueryParameters.present(request.note()).isPresent()) {
            throw new ArticleProblems.InvalidContent("note says what a revision corrects; a new article has nothing to correct yet.");
        }
        return filed(contentOf(request), idempotencyKey);
    }

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    @APIResponse(responseCode = "201", ref = ArticlesApi.FILED)
    public Response fileWireCopy(byte[] body, @Parameter(description = WIRE_TITLE) @QueryParam("title") String title,
            @Parameter(description = LANGUAGE) @QueryParam("language") String language,
            @Parameter(description = IDEMPOTENCY_KEY) @HeaderParam("Idempotency-Key") String idempotencyKey) {
        return filed(contentOf(body, title, language), idempotencyKey);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "An article", description = "A withdrawn article answers 410 with a tombstone, except to its owner and the editors. "
            + "An embargoed one, whose publishedAt is ahead, answers 404 to all but its owner, the editors and admins until then.")
    @APIResponse(responseCode = "200", ref = ArticlesApi.ARTICLE)
    @APIResponse(responseCode = "304", ref = ApiComponents.NOT_MODIFIED)
    @APIResponse(responseCode = "400", ref = ApiComponents.PROBLEM)
    @APIResponse(responseCode = "404", ref = ApiComponents.PROBLEM)
    @APIResponse(responseCode = "410", ref = ArticlesApi.WITHDRAWN)
    public Response get(@PathParam("id") UUID id,
            @Parameter(description = "The ETag of the copy the caller holds") @HeaderParam("If-None-Match") String ifNoneMatch,
            @Parameter(description = FIELDS, explode = Explode.FALSE) @QueryParam(FieldSelection.PARAMETER) List<String> fields) {
        FieldSelection selection = FieldSelection.read(fields, ArticleView.class, "an article");
        Article article = visible(desk.get(id));
        if (!readable(article)) {
            return Tombstone.of(article, PublicPath.of(request.getCurrent().request()));
        }
        Representation representation = representationOf(article, selection);
        if (EntityTags.isCurrent(ifNoneMatch, representation.tag())) {
            return notModified(representation.tag());
        }
        return representation.sent(Response.ok());
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Revise an article", description = """
            JSON, or wire copy as text/plain. If-Match must carry the ETag of the revision being revised. A partner revises its
            own articles only. publishedAt stays as it was unless the revision gives one (JSON only); note (a JSON field, or a
            query parameter for wire copy) says what the revision corrects and is listed with it.""")
    @APIResponse(responseCode = "200", ref = ArticlesApi.ARTICLE)
    @APIResponse(responseCode = "400", ref = ApiComponents.PROBLEM)
    @APIResponse(responseCode = "404", ref = ApiComponents.PROBLEM)
    @APIResponse(responseCode = "409", ref = ApiComponents.PROBLEM)
    @APIResponse(responseCode = "412", ref = ApiComponents.PROBLEM)
    @APIResponse(responseCode = "413", ref = ApiComponents.PROBLEM)
    @APIResponse(responseCode = "428", ref = ApiComponents.PROBLEM)
    public Response revise(@PathParam("id") UUID id, @Parameter(description = IF_MATCH) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ArticleRequest request) {
        return withRevisionTag(Response.ok(), desk.revise(id, RevisionTag.required(ifMatch), contentOf(request), blankToNull(request.note()),
                writer()));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.TEXT_PLAIN)
    @APIResponse(responseCode = "200", ref = ArticlesApi.ARTICLE)
    public Response reviseWireCopy(@PathParam("id") UUID id, @Parameter(description = IF_MATCH) @HeaderParam("If-Match") String ifMatch,
            byte[] body, @Parameter(description = WIRE_TITLE) @QueryParam("title") String title,
            @Parameter(description = LANGUAGE) @QueryParam("language") String language,
            @Parameter(description = "For wire copy: what the revision corrects, shown with it", schema = @Schema(type = SchemaType.STRING,
                    maxLength = ArticleRevision.MAX_NOTE_LENGTH)) @QueryParam("note") String note) {
        return withRevisionTag(Response.ok(), desk.revise(id, RevisionTag.required(ifMatch), contentOf(body, title, language), blankToNull(note),
                writer()));
    }

    @GET
    @Path("{id}/revisions")
    @Operation(summary = "The revisions of an article", description = "Oldest first, each with its title, publication time, when it was "
            + "written and its correction note, without its text.")
    @APIResponse(responseCode = "200", description = "The revisions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RevisionList.class)))
    @APIResponse(responseCode = "404", ref = ApiComponents.PROBLEM)
    @APIResponse(responseCode = "410", ref = ArticlesApi.WITHDRAWN)
    public Response revisions(@PathParam("id") UUID id) {
        ArticleDesk.Revisions revisions = desk.revisions(id);
        visible(revisions.article());
        return readable(revisions.article()) ? Response.ok(RevisionList.of(revisions)).build() : Tombstone.of(revisions.article(), PublicPath.of(request.getCurrent().request()));
    }

    @GET
    @Path("{id}/revisions/{revision}")
    @Operation(summary = "One revision of an article", description = "As it was written; its ETag names the revision (\"r2\"), and it "
            + "never changes.")
    @APIResponse(responseCode = "200", description = "The revision", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RevisionView.class)))
    @APIResponse(responseCode = "304", ref = ApiComponents.NOT_MODIFIED)
    @APIResponse(responseCode = "404", ref = ApiComponents.PROBLEM)
    @APIResponse(responseCode = "410", ref = ArticlesApi.WITHDRAWN)
    public Response revision(@PathParam("id") UUID id,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1")) @PathParam("revision") String revision,
            @Parameter(description = "The ETag of the copy the caller holds") @HeaderParam("If-None-Match") String ifNoneMatch) {
        ArticleDesk.Revision found = desk.revision(id, revisionNumber(id, revision));
        visible(found.article());
        if (!readable(found.article())) {
            return Tombstone.of(found.article(), PublicPath.of(request.getCurrent().request()));
        }
        String tag = RevisionTag.of(found.revision().revision);
        if (EntityTags.isCurrent(ifNoneMatch, tag)) {
            return notModified(tag);
        }
        return Response.ok(RevisionView.of(found.revision())).header("ETag", tag).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Withdraw an article", description = """
            The article is kept for audit: its owner and the editors still read it, shown as withdrawn; everyone else gets 410
            with a tombstone. A partner withdraws its own articles only.""")
    @APIResponse(responseCode = "200", ref = ArticlesApi.ARTICLE)
    @APIResponse(responseCode = "404", ref = ApiComponents.PROBLEM)
    @APIResponse(responseCode = "409", ref = ApiComponents.PROBLEM)
    @APIResponse(responseCode = "412", ref = ApiComponents.PROBLEM)
    public Response withdraw(@PathParam("id") UUID id,
            @Parameter(description = "Optional: the ETag of the revision the caller saw; a later one answers 412") @HeaderParam("If-Match") String ifMatch) {
        return withRevisionTag(Response.ok(), desk.withdraw(id, RevisionTag.optional(ifMatch), writer()));
    }

    @GET
    @Operation(summary = "Search articles", description = """
            Full text without regard to accents, ranked, with a highlighted snippet; filters combine; pages by cursor in the order
            asked; every page says how many articles match. An embargoed article (its publishedAt ahead) is found only by its
            owner, the editors and admins, marked embargoed, until its time. A parameter not listed here is refused with 400
            invalid-query, naming every unknown one.""")
    @APIResponse(responseCode = "200", description = "A page of hits")
    @APIResponse(responseCode = "400", ref = ApiComponents.PROBLEM)
    public SearchPage search(
            @Parameter(description = "Words, \"a phrase\", or -excluded, as in a web search; accents do not matter: nunez finds Núñez")
            @QueryParam("q") String text,
            @Parameter(description = "An actor id, name or alias, without regard to case or accents; a merged actor's id stands for the "
                    + "actor it was merged into. Repeated, every one must be tagged in a hit; at most articles.search.max-actors (10 unless "
                    + "configured).") @QueryParam("actor") List<String> actor,
            @Parameter(description = "The source, without regard to case") @QueryParam("source") String source,
            @Parameter(description = "Part of the byline, without regard to case or accents: nunez finds \"By Ana Núñez\"")
            @QueryParam("byline") String byline,
            @Parameter(description = "A BCP 47 language tag; pt also finds pt-BR",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")) @QueryParam("language") String language,
            @Parameter(description = "Who filed the articles: a user name or a partner's client id, or me for the caller's own")
            @QueryParam("owner") String owner,
            @Parameter(description = "publishedAt from this instant or date (UTC), inclusive", schema = @Schema(ref = ApiComponents.INSTANT_OR_DATE))
            @QueryParam("from") String from,
            @Parameter(description = "publishedAt before this instant or date (UTC), exclusive", schema = @Schema(ref = ApiComponents.INSTANT_OR_DATE))
            @QueryParam("to") String to,
            @Parameter(description = "relevance (only with q, and its default), newest (by publishedAt, the default without q) or oldest. "
                    + "A cursor pages only the order it was issued for.",
                    schema = @Schema(type = SchemaType.STRING)) @QueryParam("sort") String sort,
            @Parameter(description = "The opaque cursor of the previous page, for the same search and order") @QueryParam("cursor") String cursor,
            @Parameter(description = "How many hits a page holds: articles.search.default-limit (20) unless given, at most "
                    + "articles.search.max-limit (100)", schema = @Schema(type = SchemaType.INTEGER, minimum = "1")) @QueryParam("limit") String limit,
            @Parameter(description = """
                    Also count all the hits by these, repeated or comma-separated (facets=actors,days): actors (the most tagged),
                    sources, languages (the most frequent first) and days, the UTC dates the hits were published on, the newest
                    first. Embargoed and withdrawn articles count exactly as they are found.""") @QueryParam("facets") List<String> facets,
            @Parameter(description = "How many values each facet lists: articles.search.facet-size (10) unless given, at most "
                    + "articles.search.max-facet-size (100)", schema = @Schema(type = SchemaType.INTEGER, minimum = "1"))
            @QueryParam("facet-size") String facetSize,
            @Parameter(description = FIELDS + " Paging and facets are always answered; a search that answers neither snippet nor tags "
                    + "reads neither the articles' text nor their tags.", explode = Explode.FALSE)
            @QueryParam(FieldSelection.PARAMETER) List<String> fields) {
        Caller caller = EndpointAuthorization.callerOf(request.getCurrent());
        ArticlesConfig.Search bounds = config.search();
        return search.search(new SearchParameters(text, actor, source, byline, language, owner, from, to, sort, cursor, limit, facets, facetSize,
                fields)
                .read(caller.name(), embargoesFor(caller), new SearchParameters.Bounds(bounds.defaultLimit(), bounds.maxLimit(), bounds.facetSize(),
                        bounds.maxFacetSize(), bounds.maxActors())), caller.name());
    }

    /** Editors and admins see every embargoed article, a partner its own, a reader none. */
    private static Embargoes embargoesFor(Caller caller) {
        if (caller.isEditorial()) {
            return Embargoes.every();
        }
        return caller.isPartner() ? Embargoes.ownedBy(caller.name()) : Embargoes.none();
    }

    private Response filed(ArticleContent content, String idempotencyKey) {
        ArticleDesk.Filed filed = desk.file(content, writer(),
                Optional.ofNullable(idempotencyKey).map(key -> IdempotencyKey.of(key, content)));
        Response.ResponseBuilder response = Response.created(URI.create("/articles/" + filed.article().id));
        if (filed.replayed()) {
            response.header("Idempotent-Replayed", "true");
        }
        return withRevisionTag(response, filed.article());
    }

    private Writer writer() {
        Caller caller = EndpointAuthorization.callerOf(request.getCurrent());
        return new Writer(caller.name(), caller.isPartner());
    }

    /** The article, if the caller may know of it; an embargoed one is not found by anyone else, as if it did not exist. */
    private Article visible(Article article) {
        if (!article.isVisibleTo(viewer(), clock.instant())) {
            throw new ArticleProblems.NotFound(article.id);
        }
        return article;
    }

    private boolean readable(Article article) {
        return article.isReadableInFullBy(viewer());
    }

    private Viewer viewer() {
        Caller caller = EndpointAuthorization.callerOf(request.getCurrent());
        return new Viewer(caller.name(), caller.isEditorial());
    }

    private ArticleContent contentOf(ArticleRequest request) {
        TextBodies.requireAtMost(request.body().getBytes(StandardCharsets.UTF_8).length, config.maxBodyBytes());
        return new ArticleContent(request.title().strip(), request.body(), blankToNull(request.dateline()), null,
                blankToNull(request.source()), blankToNull(request.byline()), languageOr(request.language()), request.publishedAt(),
                wireCopy.story(request.body()));
    }

    private ArticleContent contentOf(byte[] body, String title, String language) {
        String text = TextBodies.utf8(body, config.maxBodyBytes());
        if (text.isBlank()) {
            throw new ArticleProblems.InvalidContent("The wire copy is empty.");
        }
        if (language != null && !language.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
            throw new ArticleProblems.InvalidContent("language must be a BCP 47 language tag such as en or pt-BR.");
        }
        WireCopy copy = wireCopy.parse(text, title);
        return new ArticleContent(copy.title().strip(), text,
                copy.dateline().map(dateline -> dateline.place()).orElse(null), copy.datelineDate().orElse(null),
                copy.source().orElse(null), copy.byline().orElse(null), languageOr(language), null, copy.story());
    }

    private String languageOr(String language) {
        return QueryParameters.present(language).orElse(config.defaultLanguage());
    }

    private Response withRevisionTag(Response.ResponseBuilder response, Article article) {
        return representationOf(article, EVERY_FIELD).sent(response);
    }

    /** An article as the answer carries it, and the tag of exactly these bytes. */
    private record Representation(byte[] json, String tag) {

        Response sent(Response.ResponseBuilder response) {
            return response.header("ETag", tag).type(MediaType.APPLICATION_JSON_TYPE).entity(json).build();
        }
    }

    /** The article's fields asked for: the tag is of the bytes sent, so each selection has its own. */
    private Representation representationOf(Article article, FieldSelection fields) {
        try {
            ArticleView view = ArticleView.of(article, clock.instant());
            byte[] representation = fields.equals(EVERY_FIELD) ? json.writeValueAsBytes(view)
                    : json.writeValueAsBytes(json.<ObjectNode>valueToTree(view).retain(fields.names()));
            return new Representation(representation, RevisionTag.of(article.revision, representation));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a view record always serialises", e);
        }
    }

    private static Response notModified(String tag) {
        return Response.notModified().header("ETag", tag).build();
    }

    private static int revisionNumber(UUID id, String revision) {
        if (!revision.matches("[1-9]\\d{0,8}")) {
            throw new ArticleProblems.RevisionNotFound(id, revision);
        }
        return Integer.parseInt(revision);
    }

    private static String blankToNull(String value) {
        return QueryParameters.present(value).map(String::strip).orElse(null);
    }
}
