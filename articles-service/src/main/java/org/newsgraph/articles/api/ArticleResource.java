package org.newsgraph.articles.api;

import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.newsgraph.articles.Article;
import org.newsgraph.articles.ArticleContent;
import org.newsgraph.articles.ArticleDesk;
import org.newsgraph.articles.ArticleProblems;
import org.newsgraph.articles.IdempotencyKey;
import org.newsgraph.articles.config.ArticlesConfig;
import org.newsgraph.articles.search.ArticleSearch;
import org.newsgraph.articles.search.SearchPage;
import org.newsgraph.articles.search.SearchRequest;
import org.newsgraph.articles.wire.WireCopy;
import org.newsgraph.articles.wire.WireCopyParser;
import org.newsgraph.problem.ProblemException;

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
public class ArticleResource {

    private final ArticleDesk desk;
    private final ArticleSearch search;
    private final WireCopyParser wireCopy;
    private final ArticlesConfig config;

    public ArticleResource(ArticleDesk desk, ArticleSearch search, WireCopyParser wireCopy, ArticlesConfig config) {
        this.desk = desk;
        this.search = search;
        this.wireCopy = wireCopy;
        this.config = config;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "File an article", description = "A retried POST with the same Idempotency-Key answers the first result.")
    public Response file(@Valid @NotNull ArticleRequest request, @HeaderParam("Idempotency-Key") String idempotencyKey) {
        return filed(contentOf(request), idempotencyKey);
    }

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    @Operation(summary = "File wire copy", description = "Reads the dateline, the credit and, unless given, the title from the text.")
    public Response fileWireCopy(byte[] body, @QueryParam("title") String title, @QueryParam("language") String language,
            @HeaderParam("Idempotency-Key") String idempotencyKey) {
        return filed(contentOf(body, title, language), idempotencyKey);
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") UUID id) {
        return withRevisionTag(Response.ok(), desk.get(id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Revise an article", description = "If-Match must carry the ETag of the revision being revised.")
    public Response revise(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull ArticleRequest request) {
        return withRevisionTag(Response.ok(), desk.revise(id, RevisionTag.required(ifMatch), contentOf(request), null));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.TEXT_PLAIN)
    @Operation(summary = "Revise an article with wire copy")
    public Response reviseWireCopy(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, byte[] body,
            @QueryParam("title") String title, @QueryParam("language") String language) {
        return withRevisionTag(Response.ok(), desk.revise(id, RevisionTag.required(ifMatch), contentOf(body, title, language), null));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Withdraw an article", description = "The article is kept for audit and shown as withdrawn.")
    public Response withdraw(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return withRevisionTag(Response.ok(), desk.withdraw(id, RevisionTag.optional(ifMatch)));
    }

    @GET
    @Operation(summary = "Search articles", description = "Full text, ranked, with a highlighted snippet; filters combine; pages by cursor.")
    public SearchPage search(
            @Parameter(description = "Words, \"a phrase\", or -excluded, as in a web search") @QueryParam("q") String text,
            @Parameter(description = "An actor id or an actor's name") @QueryParam("actor") String actor,
            @QueryParam("source") String source,
            @Parameter(description = "ISO-8601 instant or date, inclusive") @QueryParam("from") String from,
            @Parameter(description = "ISO-8601 instant or date, exclusive") @QueryParam("to") String to,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") Integer limit,
            @Parameter(description = "actors: also list the actors most tagged among the hits") @QueryParam("facets") String facets) {
        int pageSize = limit == null ? config.search().defaultLimit() : limit;
        if (pageSize < 1 || pageSize > config.search().maxLimit()) {
            throw new BadQuery("limit must be between 1 and " + config.search().maxLimit() + ".");
        }
        if (facets != null && !facets.equals("actors")) {
            throw new BadQuery("facets can only be 'actors'.");
        }
        return search.search(new SearchRequest(present(text), present(actor), present(source), instant("from", from),
                instant("to", to), present(cursor), pageSize, facets != null));
    }

    private Response filed(ArticleContent content, String idempotencyKey) {
        ArticleDesk.Filed filed = desk.file(content, null,
                Optional.ofNullable(idempotencyKey).map(key -> IdempotencyKey.of(key, content)));
        Response.ResponseBuilder response = Response.created(URI.create("/articles/" + filed.article().id));
        if (filed.replayed()) {
            response.header("Idempotent-Replayed", "true");
        }
        return withRevisionTag(response, filed.article());
    }

    private ArticleContent contentOf(ArticleRequest request) {
        requireBodySize(request.body().getBytes(StandardCharsets.UTF_8).length);
        return new ArticleContent(request.title().strip(), request.body(), blankToNull(request.dateline()), null,
                blankToNull(request.source()), blankToNull(request.byline()), languageOr(request.language()), request.publishedAt());
    }

    private ArticleContent contentOf(byte[] body, String title, String language) {
        requireBodySize(body.length);
        String text = strictUtf8(body);
        if (text.isBlank()) {
            throw new ArticleProblems.InvalidContent("The wire copy is empty.");
        }
        if (language != null && !language.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
            throw new ArticleProblems.InvalidContent("language must be a BCP 47 language tag such as en or pt-BR.");
        }
        WireCopy copy = wireCopy.parse(text, title);
        String byline = copy.credit().map(credit -> String.join(", ", credit.byline())).filter(names -> !names.isEmpty()).orElse(null);
        String source = copy.credit().flatMap(credit -> credit.source())
                .or(() -> copy.dateline().flatMap(dateline -> dateline.agency())).orElse(null);
        return new ArticleContent(copy.title().strip(), text,
                copy.dateline().map(dateline -> dateline.place()).orElse(null),
                copy.dateline().flatMap(dateline -> dateline.localDate().map(Object::toString).or(() -> dateline.date().map(Object::toString)))
                        .orElse(null),
                source, byline, languageOr(language), null);
    }

    private void requireBodySize(int bytes) {
        if (bytes > config.maxBodyBytes()) {
            throw new ProblemException(413, "body-too-large", "Body too large",
                    "The article body has " + bytes + " bytes; at most " + config.maxBodyBytes() + " are accepted.");
        }
    }

    private String languageOr(String language) {
        return present(language).orElse(config.defaultLanguage());
    }

    private static String strictUtf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new ArticleProblems.InvalidContent("The body is not valid UTF-8.");
        }
    }

    private static Response withRevisionTag(Response.ResponseBuilder response, Article article) {
        return response.header("ETag", RevisionTag.of(article.revision)).entity(ArticleView.of(article)).build();
    }

    private static Optional<String> present(String value) {
        return Optional.ofNullable(value).filter(text -> !text.isBlank());
    }

    private static String blankToNull(String value) {
        return present(value).map(String::strip).orElse(null);
    }

    private static Optional<Instant> instant(String name, String value) {
        return present(value).map(text -> {
            try {
                return text.length() == 10 ? java.time.LocalDate.parse(text).atStartOfDay(java.time.ZoneOffset.UTC).toInstant() : Instant.parse(text);
            } catch (DateTimeParseException e) {
                throw new BadQuery(name + " must be an ISO-8601 instant such as 2026-10-07T12:00:00Z or a date such as 2026-10-07.");
            }
        });
    }

    static final class BadQuery extends ProblemException {
        BadQuery(String detail) {
            super(400, "invalid-query", "Invalid query", detail);
        }
    }
}
