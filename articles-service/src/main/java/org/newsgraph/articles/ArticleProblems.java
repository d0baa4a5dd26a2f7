package org.newsgraph.articles;

import java.util.UUID;

import org.newsgraph.problem.ProblemException;
import org.newsgraph.problem.ProblemHeaders;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;

/** What can go wrong with an article, each as the problem its caller receives. */
public final class ArticleProblems {

    private ArticleProblems() {
    }

    public static final class NotFound extends ProblemException {
        public NotFound(UUID id) {
            super(404, "article-not-found", "Article not found", "No article has id " + id + ".");
        }
    }

    public static final class RevisionNotFound extends ProblemException {
        public RevisionNotFound(UUID id, String revision) {
            super(404, "revision-not-found", "Revision not found", "Article " + id + " has no revision " + revision + "; its revisions are numbered from 1.");
        }

        public RevisionNotFound(UUID id, int revision) {
            this(id, Integer.toString(revision));
        }
    }

    public static final class NotOwner extends ProblemException {
        public NotOwner(UUID id) {
            super(403, "not-article-owner", "Not your article", "Article " + id + " was not filed by this partner; a partner changes only the articles it filed.");
        }
    }

    public static final class Withdrawn extends ProblemException {
        public Withdrawn(UUID id) {
            super(409, "article-withdrawn", "Article withdrawn", "Article " + id + " was withdrawn and can no longer change.");
        }
    }

    public static final class StaleRevision extends ProblemException {
        public StaleRevision(UUID id, int expected, int current) {
            super(412, "stale-revision", "Stale revision",
                    "If-Match names revision " + expected + " of article " + id + ", but it is at revision " + current + ".");
        }
    }

    public static final class RevisionRequired extends ProblemException {
        public RevisionRequired() {
            super(428, "if-match-required", "If-Match required",
                    "Send If-Match with the ETag of the revision you changed, so that no one else's change is lost.");
        }
    }

    public static final class IdempotencyKeyReused extends ProblemException {
        public IdempotencyKeyReused(String key) {
            super(422, "idempotency-key-reused", "Idempotency-Key reused",
                    "Idempotency-Key '" + key + "' was already used for a different request.");
        }
    }

    public static final class IdempotentRequestInProgress extends ProblemException {
        public IdempotentRequestInProgress(String key) {
            super(409, "idempotent-request-in-progress", "Request in progress",
                    "A request with Idempotency-Key '" + key + "' is being processed; retry it shortly.");
        }
    }

    public static final class InvalidContent extends ProblemException {
        public InvalidContent(String detail) {
            super(400, "invalid-article", "Invalid article", detail);
        }
    }

    /** As many searches in flight as the service answers at once. */
    public static final class SearchBusy extends ProblemException implements ProblemHeaders {
        public SearchBusy(int inFlight) {
            super(503, "search-busy", "Search busy", "The " + inFlight + " searches this service answers at once are all in flight; retry in a second.");
        }

        @Override
        public void addTo(MultiMap headers) {
            headers.set(HttpHeaders.RETRY_AFTER, "1");
        }
    }
}
