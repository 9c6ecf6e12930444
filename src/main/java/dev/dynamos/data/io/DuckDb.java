package dev.dynamos.data.io;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Small helpers around DuckDB JDBC: opening in-memory connections and quoting SQL. */
final class DuckDb {

    private DuckDb() {}

    /**
     * Opens an in-memory DuckDB connection.
     *
     * @param streamResults whether query results stream chunk by chunk instead of being
     *     materialised in native memory first
     */
    static Connection open(boolean streamResults) {
        try {
            java.util.Properties properties = new java.util.Properties();
            if (streamResults) {
                properties.setProperty("jdbc_stream_results", "true");
            }
            Connection connection = DriverManager.getConnection("jdbc:duckdb:", properties);
            try (java.sql.Statement statement = connection.createStatement()) {
                // Files are read once per load; caching their bytes would only add resident
                // memory.
                statement.execute("SET enable_external_file_cache = false");
            }
            return connection;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open DuckDB: " + e.getMessage(), e);
        }
    }

    /** Returns a double-quoted SQL identifier. */
    static String identifier(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /** Returns a single-quoted SQL string literal. */
    static String literal(String value) {
        return '\'' + value.replace("'", "''") + '\'';
    }

    /** Returns a path as a single-quoted SQL string literal. */
    static String literal(Path path) {
        return literal(path.toAbsolutePath().toString());
    }
}
