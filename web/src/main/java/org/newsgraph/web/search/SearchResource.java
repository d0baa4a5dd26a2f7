package org.newsgraph.web.search;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestQuery;
import org.newsgraph.web.config.WebConfig;
import org.newsgraph.web.gateway.Actors;
import org.newsgraph.web.gateway.GatewayApi;
import org.newsgraph.web.gateway.SearchResults;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriBuilder;

/** Search: words and filters, the actors most named among the hits as facets, pages as the API pages them. */
@Path("/search")
public class SearchResource {

    record search(Filters filters, List<Hit> hits, SearchResults.Total total, List<Facet> facets, List<Facet> sources,
            List<Actors.Trending> trending, int page, String nextPage, String firstPage) implements TemplateInstance {
    }

    /** What the person asked for, as the form shows it again. */
    public record Filters(String q, String actor, String actorName, String source, String from, String to, String sort) {

        Map<String, String> parameters() {
            Map<String, String> parameters = new LinkedHashMap<>();
            parameters.put("q", q);
            parameters.put("actor", actor);
            parameters.put("actorName", actorName);
            parameters.put("source", source);
            parameters.put("from", from);
            parameters.put("to", to);
            parameters.put("sort", sort);
            parameters.values().removeIf(value -> value == null || value.isBlank());
            return parameters;
        }

        public boolean any() {
            return !parameters().isEmpty();
        }
    }

    /** @param snippet safe HTML, see {@link SnippetHtml} */
    public record Hit(UUID id, String title, String snippet, String dateline, String source, Instant publishedAt) {
    }

    /** @param href the search narrowed to this value; @param type the actor's type, null for a source */
    public record Facet(String name, String type, long articles, String href, boolean chosen) {
    }

    private final GatewayApi api;
    private final WebConfig config;

    public SearchResource(@RestClient GatewayApi api, WebConfig config) {
        this.api = api;
        this.config = config;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public search search(@RestQuery String q, @RestQuery String actor, @RestQuery String actorName, @RestQuery String source,
            @RestQuery String from, @RestQuery String to, @RestQuery String sort, @RestQuery String cursor, @RestQuery Integer page) {
        Filters filters = new Filters(trim(q), trim(actor), trim(actorName), trim(source), trim(from), trim(to), trim(sort));
        SearchResults results = api.search(filters.q(), filters.actor(), filters.source(), filters.from(), filters.to(),
                filters.sort(), trim(cursor), config.search().pageSize(), "actors,sources");
        int current = page == null || page < 1 ? 1 : page;
        List<Hit> hits = results.items().stream().map(hit -> new Hit(hit.id(), hit.title(), SnippetHtml.safe(hit.snippet()),
                hit.dateline(), hit.source(), hit.publishedAt())).toList();
        List<Facet> facets = results.actorFacets().stream().map(facet -> new Facet(facet.name(), facet.type(), facet.articles(),
                link(filters, Map.of("actor", facet.actorId().toString(), "actorName", facet.name())),
                facet.actorId().toString().equals(filters.actor()))).toList();
        List<Facet> sources = results.sourceFacets().stream().map(facet -> new Facet(facet.value(), null, facet.articles(),
                link(filters, Map.of("source", facet.value())), facet.value().equals(filters.source()))).toList();
        String next = results.nextCursor() == null ? null
                : link(filters, Map.of("cursor", results.nextCursor(), "page", String.valueOf(current + 1)));
        List<Actors.Trending> trending = filters.any() || current > 1 ? List.of() : api.trending(config.search().trending());
        return new search(filters, hits, results.total(), facets, sources, trending, current, next,
                current > 1 ? link(filters, Map.of()) : null);
    }

    private static String link(Filters filters, Map<String, String> changes) {
        Map<String, String> parameters = filters.parameters();
        parameters.putAll(changes);
        UriBuilder uri = UriBuilder.fromPath("/search");
        parameters.forEach((name, value) -> uri.queryParam(name, "{" + name + "}"));
        return uri.buildFromMap(parameters).toString();
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
