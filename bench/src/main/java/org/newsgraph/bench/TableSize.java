package org.newsgraph.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;

/** The bytes some tables take on disk with their indexes and out-of-line values, and the rows of the first. */
record TableSize(long bytes, long rows) {

    static TableSize of(DevstackDatabase database, List<String> tables) throws SQLException {
        String bytes = tables.stream().map(table -> "pg_total_relation_size('" + table + "')").collect(Collectors.joining(" + "));
        try (Connection connection = database.connect();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("select " + bytes + ", (select count(*) from " + tables.get(0) + ")")) {
            row.next();
            return new TableSize(row.getLong(1), row.getLong(2));
        }
    }

    /** The bytes a million more rows of the first table take, from the growth between {@code before} and this. */
    double megabytesPerMillionSince(TableSize before) {
        long rows = this.rows - before.rows;
        return rows == 0 ? 0 : (bytes - before.bytes) / 1e6 * (1_000_000.0 / rows);
    }
}
