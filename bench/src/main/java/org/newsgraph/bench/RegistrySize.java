package org.newsgraph.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * How many actors the registry holds, counted in actors-service's database. The public API cannot say: it lists
 * actors a page at a time without a total and leaves provisional ones out unless asked, and paging through a million
 * of them would load the platform being measured.
 *
 * @param actors the active actors: not merged into another
 * @param provisional of those, the ones named once in one article, which the engine does not resolve names to yet
 */
record RegistrySize(long actors, long provisional) {

    static RegistrySize count(DevstackDatabase actorsDatabase) throws SQLException {
        try (Connection connection = actorsDatabase.connect();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("select count(*) filter (where status = 'ACTIVE'),"
                     + " count(*) filter (where status = 'ACTIVE' and provisional) from actor")) {
            row.next();
            return new RegistrySize(row.getLong(1), row.getLong(2));
        }
    }

    void report(String when, Report report) {
        report.line("registry.actors." + when, actors, "actors");
        report.line("registry.provisional." + when, provisional, "actors");
    }
}
