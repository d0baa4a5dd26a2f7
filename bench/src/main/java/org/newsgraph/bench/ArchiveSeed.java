package org.newsgraph.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.newsgraph.wire.WireCopy;
import org.newsgraph.wire.WireCopyParser;

/**
 * Fills articles-service's tables with an archive of generated wire stories through COPY, each row as the service writes
 * it when a story is filed (its title, dateline, credit and story offsets read by the same parser, its revision 1 kept
 * for audit; PostgreSQL computes the text vector and fills the indexes), published over the days before now, so that
 * searches and listings can be measured over a million articles without filing them one at a time. The articles have
 * no actor tags yet: actors-service never hears of them.
 */
final class ArchiveSeed {

    /** The client the seeded articles are filed by: the partner agency of the development realm. */
    static final String OWNER = "partner-agency";
    private static final Duration SPREAD = Duration.ofDays(30);

    private final WireStories stories;
    private final WireCopyParser parser = new WireCopyParser();

    ArchiveSeed(WireStories stories) {
        this.stories = stories;
    }

    /** Files stories {@code first} to {@code first + count - 1} on one connection, in one transaction. */
    void seed(DevstackDatabase articles, long first, long count, long total, Instant now) throws SQLException {
        try (Connection connection = articles.connect()) {
            connection.setAutoCommit(false);
            CopyRows article = new CopyRows(connection, "article (id, revision, title, body, dateline_place, dateline_date, source, byline,"
                    + " language, published_at, first_published_at, last_modified_at, status, owner, created_at, updated_at, story_start, story_end)");
            CopyRows revision = new CopyRows(connection, "article_revision (article_id, revision, title, body, written_by, written_at, published_at)",
                    article);
            for (long sequence = first; sequence < first + count; sequence++) {
                String text = stories.article(sequence);
                WireCopy copy = parser.parse(text);
                UUID id = UUID.randomUUID();
                Instant published = publishedAt(sequence, total, now);
                String title = copy.title().strip();
                article.add(id, 1, title, text, copy.dateline().map(dateline -> dateline.place()).orElse(null),
                        copy.datelineDate().orElse(null), copy.source().orElse(null), copy.byline().orElse(null), "en",
                        published, published, published, "PUBLISHED", OWNER, published, published, copy.storyStart(), copy.storyEnd());
                revision.add(id, 1, title, text, OWNER, published, published);
            }
            article.flush();
            revision.flush();
            connection.commit();
        }
    }

    /** Evenly over the days before now, the last story newest, so that the newest-first listing reads as it would. */
    static Instant publishedAt(long sequence, long total, Instant now) {
        long step = SPREAD.toNanos() / Math.max(total, 1);
        return now.minusNanos(step * (total - sequence)).truncatedTo(ChronoUnit.MICROS);
    }
}
