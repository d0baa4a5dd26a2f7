package org.newsgraph.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * The ceiling of an ingest that commits each article, on this machine: how many transactions a second PostgreSQL
 * commits on one connection, each inserting one article-sized row, with the server's own durability settings, which
 * are reported beside it (the devstack runs with {@code fsync} and {@code synchronous_commit} off; a production
 * database would not). Measured in a scratch table of the server's {@code postgres} database, dropped afterwards.
 */
record CommitCalibration(double commitsPerSecond, int rowBytes, String fsync, String synchronousCommit) {

    private static final String TABLE = "bench_commit_calibration";

    static CommitCalibration measure(DevstackDatabase database, String row, Duration warmUp, Duration time) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            String fsync = setting(statement, "fsync");
            String synchronousCommit = setting(statement, "synchronous_commit");
            statement.execute("drop table if exists " + TABLE);
            statement.execute("create table " + TABLE + " (id bigint generated always as identity primary key, body text not null)");
            try (PreparedStatement insert = connection.prepareStatement("insert into " + TABLE + " (body) values (?)")) {
                connection.setAutoCommit(false);
                commitFor(connection, insert, row, warmUp);
                long started = System.nanoTime();
                long commits = commitFor(connection, insert, row, time);
                double perSecond = commits / ((System.nanoTime() - started) / 1e9);
                return new CommitCalibration(perSecond, row.getBytes(StandardCharsets.UTF_8).length, fsync, synchronousCommit);
            } finally {
                connection.setAutoCommit(true);
                statement.execute("drop table if exists " + TABLE);
            }
        }
    }

    void report(Report report) {
        report.line("calibration.postgres.commits", commitsPerSecond, "commits/s, one " + rowBytes + "-byte row each, one connection (fsync="
                + fsync + ", synchronous_commit=" + synchronousCommit + ")");
    }

    private static long commitFor(Connection connection, PreparedStatement insert, String row, Duration time) throws SQLException {
        long end = System.nanoTime() + time.toNanos();
        long commits = 0;
        while (System.nanoTime() < end) {
            insert.setString(1, row);
            insert.executeUpdate();
            connection.commit();
            commits++;
        }
        return commits;
    }

    private static String setting(Statement statement, String name) throws SQLException {
        try (ResultSet value = statement.executeQuery("show " + name)) {
            value.next();
            return value.getString(1);
        }
    }
}
