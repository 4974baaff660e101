package org.boxoffice.bench.common;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The few JDBC shortcuts a bench's set-up and checks need, and ids for rows a bench writes by SQL
 * beside the platform's own.
 */
public final class Sql {

    private Sql() {}

    /**
     * Ids for {@code count} new rows of the table: above its largest id and its sequence's last
     * value (the platform may have taken the block below it), with the sequence moved past them,
     * so that the platform's own inserts never meet them.
     */
    public static long reserve(Connection c, String table, int count) throws SQLException {
        long first = scalar(
                c,
                "select greatest((select coalesce(max(id), 0) from " + table + "), (select last_value from " + table
                        + "_seq)) + 1");
        // EclipseLink takes each value as the last of a block of 50: the next block starts above ours
        execute(c, "select setval('" + table + "_seq', " + (first + count - 1) + ")");
        return first;
    }

    public static void execute(Connection c, String sql) throws SQLException {
        try (Statement statement = c.createStatement()) {
            statement.execute(sql);
        }
    }

    /** The first column of the first row, which must be there. */
    public static long scalar(Connection c, String sql) throws SQLException {
        try (Statement statement = c.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            if (!result.next()) {
                throw new IllegalStateException("no row: " + sql);
            }
            return result.getLong(1);
        }
    }

    /** The columns of the first row as numbers (0 for null, and for every column when there is no row). */
    public static long[] row(Connection c, String sql) throws SQLException {
        try (Statement statement = c.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            boolean found = result.next();
            long[] values = new long[result.getMetaData().getColumnCount()];
            for (int i = 0; found && i < values.length; i++) {
                values[i] = result.getLong(i + 1);
            }
            return values;
        }
    }
}
