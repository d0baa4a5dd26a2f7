package org.newsgraph.bench;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Rows for one table in PostgreSQL's COPY text format, sent in batches through the driver's {@link CopyManager}: tens
 * of thousands of rows a second where inserts one at a time manage hundreds.
 */
final class CopyRows {

    private static final int BATCH_CHARS = 8 << 20;

    private final CopyManager copy;
    private final String statement;
    private final CopyRows referenced;
    private final StringBuilder rows = new StringBuilder();

    /** @param table the table and its columns in the order the rows give them, as {@code article (id, title)} */
    CopyRows(Connection connection, String table) throws SQLException {
        this(connection, table, null);
    }

    /** Rows whose foreign keys refer to {@code referenced}'s rows, which are sent first. */
    CopyRows(Connection connection, String table, CopyRows referenced) throws SQLException {
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
        this.statement = "copy " + table + " from stdin";
        this.referenced = referenced;
    }

    /** Adds a row of values, null for SQL null; sends the batch once it is large. */
    void add(Object... values) throws SQLException {
        append(rows, values);
        if (rows.length() >= BATCH_CHARS) {
            flush();
        }
    }

    /** Sends the rows added since the last batch. */
    void flush() throws SQLException {
        if (referenced != null) {
            referenced.flush();
        }
        if (rows.isEmpty()) {
            return;
        }
        try {
            copy.copyIn(statement, new StringReader(rows.toString()));
        } catch (IOException e) {
            throw new SQLException("could not send rows to " + statement, e);
        }
        rows.setLength(0);
    }

    /** One line of COPY text: values by tabs, {@code \N} for null, backslash, tab and line ends escaped. */
    static void append(StringBuilder line, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                line.append('\t');
            }
            if (values[i] == null) {
                line.append("\\N");
                continue;
            }
            String value = values[i].toString();
            for (int c = 0; c < value.length(); c++) {
                char ch = value.charAt(c);
                switch (ch) {
                    case '\\' -> line.append("\\\\");
                    case '\t' -> line.append("\\t");
                    case '\n' -> line.append("\\n");
                    case '\r' -> line.append("\\r");
                    default -> line.append(ch);
                }
            }
        }
        line.append('\n');
    }
}
