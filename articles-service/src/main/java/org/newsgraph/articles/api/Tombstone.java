package org.newsgraph.articles.api;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

import org.newsgraph.articles.Article;
import org.newsgraph.articles.ArticleStatus;
import org.newsgraph.problem.Problem;
import org.newsgraph.problem.ProblemMapper;

import jakarta.ws.rs.core.Response;

/**
 * What a reader gets for a withdrawn article, its revisions included: 410 Gone, a problem whose {@code article} member
 * says which article it was and when it was withdrawn, and not its text.
 */
public record Tombstone(URI type, String title, int status, String detail, URI instance, WithdrawnArticle article) {

    public record WithdrawnArticle(UUID id, String title, ArticleStatus status, Instant withdrawnAt) {
    }

    static Response of(Article article, URI instance) {
        Tombstone tombstone = new Tombstone(ProblemMapper.about("article-gone"), "Article withdrawn", 410,
                "Article " + article.id + " was withdrawn on " + article.withdrawnAt + "; only its owner and the editors still read it.",
                instance, new WithdrawnArticle(article.id, article.title, article.status, article.withdrawnAt));
        return Response.status(410).type(Problem.MEDIA_TYPE).entity(tombstone).build();
    }
}
