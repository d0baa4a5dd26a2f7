package org.newsgraph.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Seeds the databases at the scale the platform is planned for, and says how long that took and how much room the rows
 * take: a million articles or actors written through COPY in minutes, where filing them through the platform would take
 * hours. The services need not run; actors-service loads the seeded registry when it next starts.
 */
final class Seeding {

    private static final List<String> ARCHIVE_TABLES = List.of("article", "article_revision");
    private static final List<String> REGISTRY_TABLES = List.of("actor", "actor_alias");

    private Seeding() {
    }

    /** Stories 0 to count - 1, split between connections that each write one range in one transaction. */
    static void articles(DevstackDatabase database, WireStories stories, long count, int connections, Report report) throws Exception {
        TableSize before = TableSize.of(database, ARCHIVE_TABLES);
        Instant now = Instant.now();
        long started = System.nanoTime();
        ExecutorService writers = Executors.newFixedThreadPool(connections);
        try {
            List<Future<?>> ranges = new ArrayList<>();
            for (int i = 0; i < connections; i++) {
                long first = count * i / connections;
                long next = count * (i + 1) / connections;
                ranges.add(writers.submit(() -> {
                    new ArchiveSeed(stories).seed(database, first, next - first, count, now);
                    return null;
                }));
            }
            for (Future<?> range : ranges) {
                range.get();
            }
        } finally {
            writers.shutdownNow();
        }
        analyze(database, ARCHIVE_TABLES);
        double seconds = (System.nanoTime() - started) / 1e9;
        report(report, "seed.articles", "articles", count, seconds, connections + " connections, COPY, analyze included");
        reportSize(report, "articles", before, TableSize.of(database, ARCHIVE_TABLES), "article and article_revision with indexes and TOAST");
    }

    static void actors(DevstackDatabase database, WireStories stories, long count, Report report) throws Exception {
        TableSize before = TableSize.of(database, REGISTRY_TABLES);
        long started = System.nanoTime();
        long storiesRead = new RegistrySeed(stories).seed(database, count, Instant.now());
        analyze(database, REGISTRY_TABLES);
        double seconds = (System.nanoTime() - started) / 1e9;
        report(report, "seed.actors", "actors", count, seconds, "names of " + storiesRead + " stories, COPY, analyze included");
        reportSize(report, "actors", before, TableSize.of(database, REGISTRY_TABLES), "actor and actor_alias with indexes");
    }

    private static void report(Report report, String name, String unit, long count, double seconds, String how) {
        report.line(name + ".count", count, unit);
        report.line(name + ".time", seconds, "s (" + how + ")");
        report.line(name + ".rate", count / seconds, unit + "/s");
    }

    /** The rows the tables hold after seeding, their size, and what a million more of them take. */
    private static void reportSize(Report report, String unit, TableSize before, TableSize after, String tables) {
        report.line("db." + unit + ".rows", after.rows(), unit);
        report.line("db." + unit + ".size", after.bytes() / 1e6, "MB (" + tables + ")");
        report.line("db." + unit + ".per-million", after.megabytesPerMillionSince(before), "MB per million " + unit);
    }

    private static void analyze(DevstackDatabase database, List<String> tables) throws Exception {
        try (var connection = database.connect(); var statement = connection.createStatement()) {
            statement.execute("analyze " + String.join(", ", tables));
        }
    }
}
