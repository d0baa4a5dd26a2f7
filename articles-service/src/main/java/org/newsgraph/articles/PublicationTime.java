package org.newsgraph.articles;

import java.time.Duration;
import java.time.Instant;

/**
 * When an article may say it was published: any time up to its filing, and a little after for a writer whose clock runs
 * fast. A time further ahead would hold the article at the top of every newest-first list until that time came.
 *
 * @param maxAhead how far ahead of the platform's clock publishedAt may lie
 */
public record PublicationTime(Duration maxAhead) {

    /** @param publishedAt as the writer gave it; null means "now", which is always right */
    public void require(Instant publishedAt, Instant now) {
        if (publishedAt != null && publishedAt.isAfter(now.plus(maxAhead))) {
            throw new ArticleProblems.InvalidContent("publishedAt " + publishedAt + " is ahead of the platform's clock (" + now
                    + ") by more than " + describe(maxAhead) + "; an article is published when it is filed or earlier.");
        }
    }

    private static String describe(Duration duration) {
        return duration.toSecondsPart() == 0 && duration.toMinutes() > 0 ? duration.toMinutes() + " min" : duration.toSeconds() + " s";
    }
}
