package org.newsgraph.articles.search;

import java.util.concurrent.atomic.AtomicInteger;

import org.newsgraph.articles.ArticleProblems;
import org.newsgraph.articles.config.ArticlesConfig;
import org.newsgraph.problem.ProblemResponses;
import org.newsgraph.security.routes.EndpointAuthorization;
import org.newsgraph.security.routes.Endpoints;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Counts the searches in flight on the event loop, before a search waits for a worker thread or a connection, and
 * refuses one more than {@code articles.search.max-in-flight} at once with 503 and Retry-After. Without it, searches
 * due faster than the database answers them queue unseen for worker threads and connections, and are answered 500
 * once the pool's wait runs out, while filing waits behind them.
 */
@ApplicationScoped
public class SearchAdmission {

    /** After the caller is authorised, which also names the route: a caller who may not search is told so, not that searching is busy. */
    private static final int PRIORITY = EndpointAuthorization.PRIORITY - 1;

    private final AtomicInteger inFlight = new AtomicInteger();
    private final int maxInFlight;
    private final ProblemResponses problems;

    public SearchAdmission(ArticlesConfig config, ProblemResponses problems) {
        this.maxInFlight = config.search().maxInFlight();
        this.problems = problems;
    }

    void register(@Observes Filters filters) {
        filters.register(this::admit, PRIORITY);
    }

    private void admit(RoutingContext context) {
        if (EndpointAuthorization.routeOf(context).filter(Endpoints.ARTICLE_SEARCH::equals).isEmpty()) {
            context.next();
            return;
        }
        if (inFlight.incrementAndGet() > maxInFlight) {
            inFlight.decrementAndGet();
            problems.send(context, new ArticleProblems.SearchBusy(maxInFlight));
            return;
        }
        context.addEndHandler(ended -> inFlight.decrementAndGet());
        context.next();
    }
}
