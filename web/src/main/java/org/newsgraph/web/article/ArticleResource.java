package org.newsgraph.web.article;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestPath;
import org.newsgraph.web.gateway.ApiProblem;
import org.newsgraph.web.gateway.Article;
import org.newsgraph.web.gateway.GatewayApi;
import org.newsgraph.web.gateway.Mentions;
import org.newsgraph.web.gateway.Revisions;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * An article: its text with every mention of an actor marked and linked to the actor's page, its dateline, credit,
 * actors and quotes, all as the API stored them when the article was read; and its earlier revisions.
 */
@Path("/articles")
public class ArticleResource {

    /** @param pending the actors of this revision are still being found: the page reloads itself */
    record article(Article article, boolean pending, List<MentionMarkup.Segment> text, List<Mentions.Quote> quotes)
            implements TemplateInstance {
    }

    record revisions(Revisions revisions) implements TemplateInstance {
    }

    record revision(Revisions.Revision revision) implements TemplateInstance {
    }

    private final GatewayApi api;

    public ArticleResource(@RestClient GatewayApi api) {
        this.api = api;
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.TEXT_HTML)
    public article article(@RestPath UUID id) {
        Article article = api.article(id);
        String body = article.body() == null ? "" : article.body();
        if ("WITHDRAWN".equals(article.status()) || body.isEmpty()) {
            return new article(article, false, MentionMarkup.of(body, List.of()), List.of());
        }
        Mentions mentions = mentionsOf(id);
        // Marks and tags of one revision, or none: the page reloads until both are known.
        boolean pending = !mentions.readFrom(article.revision()) || article.actorsPending();
        if (pending) {
            mentions = Mentions.none(id);
        }
        List<MentionMarkup.Span> spans = mentions.actors().stream()
                .flatMap(actor -> actor.mentions().stream()
                        .map(span -> new MentionMarkup.Span(span.start(), span.end(), actor.name(), actor.type(), actor.actorId())))
                .toList();
        return new article(article, pending, MentionMarkup.of(body, spans), mentions.quotes());
    }

    /** Each revision with when it was written and what it corrected, oldest first. */
    @GET
    @Path("{id}/revisions")
    @Produces(MediaType.TEXT_HTML)
    public revisions revisions(@RestPath UUID id) {
        return new revisions(api.revisions(id));
    }

    /** One revision's text as it was written. */
    @GET
    @Path("{id}/revisions/{number}")
    @Produces(MediaType.TEXT_HTML)
    public revision revision(@RestPath UUID id, @RestPath int number) {
        return new revision(api.revision(id, number));
    }

    /** An article just filed may not have reached the actors yet: nothing is known of it there. */
    private Mentions mentionsOf(UUID id) {
        try {
            return api.mentions(id);
        } catch (ApiProblem problem) {
            if (problem.status() == 404) {
                return Mentions.none(id);
            }
            throw problem;
        }
    }
}
