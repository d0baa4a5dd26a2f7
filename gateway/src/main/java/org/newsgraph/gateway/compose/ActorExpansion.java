package org.newsgraph.gateway.compose;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.regex.Pattern;

import org.newsgraph.gateway.downstream.BufferedAnswer;
import org.newsgraph.gateway.downstream.Downstream;
import org.newsgraph.gateway.downstream.Downstreams;
import org.newsgraph.gateway.downstream.ServiceRequest;
import org.newsgraph.gateway.edge.GatewayProblems;
import org.newsgraph.problem.ProblemResponses;
import org.newsgraph.gateway.routing.ForwardedHeaders;
import org.newsgraph.gateway.routing.ProxyHandler;
import org.newsgraph.security.routes.Service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.vertx.core.Context;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * {@code GET /api/v1/articles/{id}?expand=actors}: the article, each actor tag with the actor's summary from
 * actors-service. An actor that service does not know any more is simply not expanded; when the service cannot be
 * reached, the article still comes, with its tags as they are and the expansion marked partial.
 */
@ApplicationScoped
public class ActorExpansion {

    public static final String PARAMETER = "expand";
    public static final String ACTORS = "actors";
    /** An article naming more actors than this is expanded for the first ones only, and marked partial. */
    static final int MAX_LOOKUPS = 100;
    private static final Pattern ACTOR_ID = Pattern.compile("[A-Za-z0-9._~-]{1,100}");
    private static final String PARTIAL_WARNING = "199 newsgraph-gateway \"actors partially expanded: some actor summaries are missing\"";

    private final Downstreams downstreams;
    private final ProblemResponses problems;
    private final ObjectMapper json;

    public ActorExpansion(Downstreams downstreams, ProblemResponses problems, ObjectMapper json) {
        this.downstreams = downstreams;
        this.problems = problems;
        this.json = json;
    }

    public void respond(RoutingContext context) {
        List<String> expand = context.queryParams().getAll(PARAMETER);
        if (!expand.equals(List.of(ACTORS))) {
            problems.send(context, new GatewayProblems.InvalidExpansion(String.join(",", expand)));
            return;
        }
        Downstream articles = downstreams.of(Service.ARTICLES);
        MultiMap headers = ForwardedHeaders.toService(context.request().headers(), ForwardedHeaders.Forwarding.of(context));
        // The gateway reads these answers, so they must come uncompressed.
        headers.remove(HttpHeaders.ACCEPT_ENCODING);
        // The caller's copy is of the expanded article, whose summaries change on their own: it always gets a fresh one.
        headers.remove(HttpHeaders.IF_NONE_MATCH);
        ServiceRequest article = new ServiceRequest(HttpMethod.GET, articlePath(context), headers, Optional.empty());
        Context origin = Vertx.currentContext();
        articles.exchange(article)
                .thenCompose(answer -> expand(answer, headers))
                .whenComplete((expanded, failure) -> origin.runOnContext(ignored -> {
                    if (failure == null) {
                        send(context, expanded, articles);
                    } else {
                        problems.send(context, articles.unavailable(failure));
                    }
                }));
    }

    private record Expanded(BufferedAnswer article, Buffer body, boolean expanded, boolean partial) {
    }

    /** What actors-service said about one actor. */
    private sealed interface Lookup {
    }

    private record Found(ActorSummary summary) implements Lookup {
    }

    private record Unknown() implements Lookup {
    }

    private record Unavailable() implements Lookup {
    }

    private CompletionStage<Expanded> expand(BufferedAnswer article, MultiMap headers) {
        ObjectNode document = articleDocument(article);
        if (document == null) {
            return CompletableFuture.completedFuture(new Expanded(article, article.body(), false, false));
        }
        List<ObjectNode> tags = new ArrayList<>();
        document.path(ACTORS).forEach(tag -> {
            if (tag instanceof ObjectNode objectTag) {
                tags.add(objectTag);
            }
        });
        Map<String, CompletableFuture<Lookup>> lookups = new LinkedHashMap<>();
        for (ObjectNode tag : tags) {
            String actorId = tag.path("actorId").asText("");
            if (ACTOR_ID.matcher(actorId).matches() && lookups.size() < MAX_LOOKUPS) {
                lookups.computeIfAbsent(actorId, id -> lookup(id, headers).toCompletableFuture());
            }
        }
        return CompletableFuture.allOf(lookups.values().toArray(CompletableFuture[]::new)).thenApply(done -> {
            boolean partial = false;
            for (ObjectNode tag : tags) {
                CompletableFuture<Lookup> lookup = lookups.get(tag.path("actorId").asText(""));
                Lookup outcome = lookup == null ? new Unavailable() : lookup.join();
                if (outcome instanceof Found found) {
                    tag.set("summary", json.valueToTree(found.summary()));
                }
                partial |= outcome instanceof Unavailable;
            }
            document.putObject("expanded").put(ACTORS, partial ? "partial" : "complete");
            return new Expanded(article, Buffer.buffer(write(document)), true, partial);
        });
    }

    private CompletionStage<Lookup> lookup(String actorId, MultiMap headers) {
        ServiceRequest request = new ServiceRequest(HttpMethod.GET, "/actors/" + actorId, headers, Optional.empty());
        return downstreams.of(Service.ACTORS).exchange(request).handle((answer, failure) -> {
            if (failure != null) {
                return new Unavailable();
            }
            if (answer.status() == 404) {
                return new Unknown();
            }
            if (answer.status() != 200) {
                return new Unavailable();
            }
            try {
                return new Found(json.readValue(answer.body().getBytes(), ActorSummary.class));
            } catch (IOException e) {
                return new Unavailable();
            }
        });
    }

    private ObjectNode articleDocument(BufferedAnswer article) {
        String contentType = article.headers().get(HttpHeaders.CONTENT_TYPE);
        if (article.status() != 200 || contentType == null || !contentType.startsWith("application/json")) {
            return null;
        }
        try {
            JsonNode document = json.readTree(article.body().getBytes());
            return document instanceof ObjectNode object ? object : null;
        } catch (IOException e) {
            return null;
        }
    }

    private void send(RoutingContext context, Expanded expanded, Downstream articles) {
        HttpServerResponse response = context.response();
        response.setStatusCode(expanded.article().status());
        ForwardedHeaders.toCaller(expanded.article().headers(), response.headers(), articles.url(),
                ForwardedHeaders.Forwarding.of(context).host());
        response.headers().remove(HttpHeaders.CONTENT_LENGTH);
        if (expanded.expanded()) {
            // The revision's tag, weakened: this representation is not the article's own, but If-Match still names the revision.
            String tag = response.headers().get(HttpHeaders.ETAG);
            if (tag != null && !tag.startsWith("W/")) {
                response.headers().set(HttpHeaders.ETAG, "W/" + tag);
            }
        }
        if (expanded.partial()) {
            response.headers().set("Warning", PARTIAL_WARNING);
        }
        response.end(expanded.body());
    }

    private byte[] write(JsonNode document) {
        try {
            return json.writeValueAsBytes(document);
        } catch (IOException e) {
            throw new IllegalStateException("a parsed document always serialises", e);
        }
    }

    private static String articlePath(RoutingContext context) {
        String pathAndQuery = ProxyHandler.servicePathAndQuery(context);
        int query = pathAndQuery.indexOf('?');
        String path = query < 0 ? pathAndQuery : pathAndQuery.substring(0, query);
        String kept = context.queryParams().names().stream()
                .filter(name -> !name.equals(PARAMETER))
                .flatMap(name -> context.queryParams().getAll(name).stream().map(value -> encode(name) + "=" + encode(value)))
                .reduce((a, b) -> a + "&" + b)
                .orElse("");
        return kept.isEmpty() ? path : path + "?" + kept;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
