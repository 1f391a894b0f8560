package org.zhicheng.benchmarks;

import java.nio.file.Path;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The campaign's baseline: the rows a campaign left in its database, written again with plain JDBC batches to the same
 * database (embedded Derby, or the PostgreSQL server), into copies of its tables (same columns and types, no indexes or keys). Only the inserts and their
 * commits are timed; reading the rows and making the copies are not.
 */
final class JdbcBaseline {

    private static final int BATCH = 1000;

    private record Table(String name, int[] types, List<Object[]> rows) {
    }

    private final List<Table> tables = new ArrayList<>();
    private final String url;
    private long rows;

    /** Reads every row of every table of the embedded database's current schema. */
    JdbcBaseline(Path database) throws SQLException {
        this("jdbc:derby:" + database);
    }

    /** The same on any database (PostgreSQL: issue 16 item 1), by its JDBC URL. */
    JdbcBaseline(String url) throws SQLException {
        this.url = url;
        try (Connection connection = DriverManager.getConnection(url)) {
            List<String> names = new ArrayList<>();
            String schema = connection.getSchema();
            try (ResultSet rs = connection.getMetaData().getTables(null, schema, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    if (!rs.getString("TABLE_NAME").startsWith("BENCH_")) {
                        names.add(rs.getString("TABLE_NAME"));
                    }
                }
            }
            for (String name : names) {
                tables.add(read(connection, name));
            }
        }
        rows = tables.stream().mapToLong(t -> t.rows().size()).sum();
    }

    /** Shuts the embedded database down (so that it boots afresh, with the properties of then, if opened again). */
    static void shutdown(Path database) {
        try {
            DriverManager.getConnection("jdbc:derby:" + database + ";shutdown=true").close();
        } catch (SQLException e) {
            if (!"08006".equals(e.getSQLState())) { // Derby's answer to a clean shutdown
                throw new IllegalStateException("Derby did not shut down " + database, e);
            }
        }
    }

    long rows() {
        return rows;
    }

    int tables() {
        return tables.size();
    }

    private static Table read(Connection connection, String name) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM \"" + name + "\"")) {
            ResultSetMetaData meta = rs.getMetaData();
            int[] types = new int[meta.getColumnCount()];
            for (int c = 0; c < types.length; c++) {
                types[c] = meta.getColumnType(c + 1);
            }
            List<Object[]> rows = new ArrayList<>();
            while (rs.next()) {
                Object[] row = new Object[types.length];
                for (int c = 0; c < types.length; c++) {
                    Object value = rs.getObject(c + 1);
                    if (value instanceof Clob clob) {
                        value = clob.getSubString(1, (int) clob.length());
                    } else if (value instanceof Blob blob) {
                        value = blob.getBytes(1, (int) blob.length());
                    }
                    row[c] = value;
                }
                rows.add(row);
            }
            return new Table(name, types, rows);
        }
    }

    /** Writes every row once more in batches of a thousand, a commit after each; the nanoseconds that took. */
    long write() throws SQLException {
        try (Connection connection = DriverManager.getConnection(url)) {
            try (Statement s = connection.createStatement()) {
                for (Table table : tables) {
                    s.execute("CREATE TABLE \"BENCH_" + table.name() + "\" AS SELECT * FROM \"" + table.name() + "\" WITH NO DATA");
                }
            }
            connection.setAutoCommit(false);
            long start = System.nanoTime();
            for (Table table : tables) {
                String marks = "?" + ",?".repeat(table.types().length - 1);
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO \"BENCH_" + table.name() + "\" VALUES (" + marks + ")")) {
                    int pending = 0;
                    for (Object[] row : table.rows()) {
                        for (int c = 0; c < row.length; c++) {
                            if (row[c] == null) {
                                insert.setNull(c + 1, table.types()[c]);
                            } else {
                                insert.setObject(c + 1, row[c]);
                            }
                        }
                        insert.addBatch();
                        if (++pending == BATCH) {
                            insert.executeBatch();
                            connection.commit();
                            pending = 0;
                        }
                    }
                    if (pending > 0) {
                        insert.executeBatch();
                        connection.commit();
                    }
                }
            }
            long elapsed = System.nanoTime() - start;
            connection.setAutoCommit(true);
            try (Statement s = connection.createStatement()) {
                for (Table table : tables) {
                    s.execute("DROP TABLE \"BENCH_" + table.name() + "\"");
                }
            }
            return elapsed;
        }
    }
}
