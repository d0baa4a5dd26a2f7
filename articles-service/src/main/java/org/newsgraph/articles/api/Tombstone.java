package org.newsgraph.articles.api;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.newsgraph.articles.Article;
import org.newsgraph.articles.ArticleStatus;
import org.newsgraph.problem.Problem;
import org.newsgraph.problem.ProblemMapper;

import jakarta.ws.rs.core.Response;

/**
 * What a reader gets for a withdrawn article, its revisions included: 410 Gone, a problem whose {@code article} member
 * says which article it was and when it was withdrawn, and not its text.
 */
@Schema(description = "A problem (RFC 9457) whose article member says which article was withdrawn, and when", example = """
        {"type": "https://newsgraph.org/problems/article-gone", "title": "Article withdrawn", "status": 410,
         "detail": "Article 0b6c7a4e-3f0e-4a8e-9d57-0d7f4e2f8a11 was withdrawn on 2026-10-07T11:02:13Z; only its owner and the editors still read it.",
         "instance": "/api/v1/articles/0b6c7a4e-3f0e-4a8e-9d57-0d7f4e2f8a11",
         "article": {"id": "0b6c7a4e-3f0e-4a8e-9d57-0d7f4e2f8a11", "title": "Minister resigns", "status": "WITHDRAWN",
                     "withdrawnAt": "2026-10-07T11:02:13Z"}}""")
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
