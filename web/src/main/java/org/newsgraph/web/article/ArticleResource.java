package org.newsgraph.web.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestPath;
import org.newsgraph.web.gateway.Article;
import org.newsgraph.web.gateway.Extraction;
import org.newsgraph.web.gateway.GatewayApi;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * An article: its text with every mention of an actor marked and linked to the actor's page, its dateline, credit,
 * actors and quotes. The API keeps the mentions' offsets to itself, so the page asks {@code /extract} for them: the
 * engine links each one to the registry's actor, as it did when the article was filed.
 */
@Path("/articles")
public class ArticleResource {

    record article(Article article, List<MentionMarkup.Segment> text, List<Quote> quotes) implements TemplateInstance {
    }

    /** @param speakerId the speaker's actor in the registry, when the text names one the registry knows */
    public record Quote(String text, String speaker, UUID speakerId, String verb) {
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
        Extraction extraction = "WITHDRAWN".equals(article.status()) || article.body() == null
                ? new Extraction(List.of(), List.of()) : api.extract(article.body());
        Map<String, UUID> tagged = article.actors().stream()
                .collect(Collectors.toMap(Article.Tag::name, Article.Tag::actorId, (first, second) -> first));
        Map<String, Extraction.Actor> byName = extraction.actors().stream()
                .collect(Collectors.toMap(Extraction.Actor::name, Function.identity(), (first, second) -> first));
        List<MentionMarkup.Span> spans = new ArrayList<>();
        for (Extraction.Actor actor : extraction.actors()) {
            UUID actorId = actor.actorId() != null ? actor.actorId() : tagged.get(actor.name());
            for (Extraction.Mention mention : actor.mentions()) {
                spans.add(new MentionMarkup.Span(mention.start(), mention.end(), actor.name(), actor.type(), actorId));
            }
        }
        List<Quote> quotes = extraction.quotes().stream().map(quote -> {
            Extraction.Actor speaker = quote.speaker() == null ? null : byName.get(quote.speaker());
            UUID speakerId = speaker == null ? null : speaker.actorId() != null ? speaker.actorId() : tagged.get(speaker.name());
            return new Quote(quote.text(), quote.speaker(), speakerId, quote.verb());
        }).toList();
        String body = article.body() == null ? "" : article.body();
        return new article(article, MentionMarkup.of(body, spans), quotes);
    }
}
