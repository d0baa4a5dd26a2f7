package org.newsgraph.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** A database of the devstack's PostgreSQL on this machine, with its development credentials unless told others. */
record DevstackDatabase(String jdbcUrl, String user, String password) {

    private static final String SCHEME = "jdbc:postgresql:";

    DevstackDatabase {
        if (!jdbcUrl.startsWith(SCHEME + "//")) {
            throw new IllegalArgumentException("expected a jdbc:postgresql://host:port/database address, got " + jdbcUrl);
        }
        Bench.requireLoopback(jdbcUrl.substring("jdbc:".length()));
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, user, password);
    }
}
