package org.newsgraph.articles;

import java.time.Duration;
import java.time.Instant;

/**
 * When an article may say it was published: any time up to its filing, or later, which embargoes it until then (see
 * {@link Article#isEmbargoedAt}). A time further ahead than an embargo may last is refused as a mistake, such as a
 * wrong year.
 *
 * @param maxEmbargo how far ahead of the platform's clock publishedAt may lie
 */
public record PublicationTime(Duration maxEmbargo) {

    /** @param publishedAt as the writer gave it; null means "now", which is always right */
    public void require(Instant publishedAt, Instant now) {
        if (publishedAt != null && publishedAt.isAfter(now.plus(maxEmbargo))) {
            throw new ArticleProblems.InvalidContent("publishedAt " + publishedAt + " is ahead of the platform's clock (" + now
                    + ") by more than " + describe(maxEmbargo) + "; an article may be embargoed until a time no further ahead.");
        }
    }

    private static String describe(Duration duration) {
        if (duration.toHoursPart() == 0 && duration.toMinutesPart() == 0 && duration.toSecondsPart() == 0 && duration.toDays() > 0) {
            return duration.toDays() + (duration.toDays() == 1 ? " day" : " days");
        }
        return duration.toSecondsPart() == 0 && duration.toMinutes() > 0 ? duration.toMinutes() + " min" : duration.toSeconds() + " s";
    }
}
