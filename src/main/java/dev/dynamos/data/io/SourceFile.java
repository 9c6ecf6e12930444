package dev.dynamos.data.io;

import dev.dynamos.common.BadInputException;
import dev.dynamos.data.DataType;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One Numerai-layout file to read: its path, format, column names and DuckDB column types, and the
 * data type its name implies ({@code train.parquet} holds train rows) for files without a {@code
 * data_type} column.
 *
 * @param path the file
 * @param format Parquet or CSV
 * @param columnTypes column name to DuckDB type name, in file order
 * @param typeFromName the data type the file name implies, if any
 */
record SourceFile(
        Path path,
        NumeraiFormat format,
        Map<String, String> columnTypes,
        Optional<DataType> typeFromName) {

    /** Compact constructor: copies the column map, keeping its order. */
    SourceFile {
        columnTypes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(columnTypes));
    }

    /**
     * Describes a file's columns through DuckDB.
     *
     * @param connection an open DuckDB connection
     * @param path the file
     * @return the described file
     * @throws BadInputException when DuckDB cannot read it
     */
    static SourceFile describe(Connection connection, Path path) {
        NumeraiFormat format = NumeraiFormat.ofFile(path);
        String scan =
                format == NumeraiFormat.PARQUET
                        ? "read_parquet(" + DuckDb.literal(path) + ")"
                        : "read_csv(" + DuckDb.literal(path) + ", header=true, all_varchar=true)";
        Map<String, String> columns = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("DESCRIBE SELECT * FROM " + scan)) {
            while (result.next()) {
                columns.put(result.getString(1), result.getString(2));
            }
        } catch (SQLException e) {
            throw new BadInputException(
                    "unreadable_file",
                    path + " cannot be read as " + format.extension() + ": " + firstLine(e),
                    e);
        }
        return new SourceFile(path, format, columns, typeOfName(path));
    }

    /** Returns whether the file has the named column. */
    boolean has(String column) {
        return columnTypes.containsKey(column);
    }

    /** Returns the column names, in file order. */
    List<String> columns() {
        return List.copyOf(columnTypes.keySet());
    }

    /**
     * Returns the SQL that scans this file with the given columns typed for CSV (ignored for
     * Parquet, whose types are in the file).
     *
     * @param csvTypes column name to DuckDB type for CSV columns that are not VARCHAR
     */
    String scanSql(Map<String, String> csvTypes) {
        if (format == NumeraiFormat.PARQUET) {
            return "read_parquet(" + DuckDb.literal(path) + ")";
        }
        StringBuilder columns = new StringBuilder("{");
        for (String column : columnTypes.keySet()) {
            if (columns.length() > 1) {
                columns.append(", ");
            }
            columns.append(DuckDb.literal(column))
                    .append(": ")
                    .append(DuckDb.literal(csvTypes.getOrDefault(column, "VARCHAR")));
        }
        columns.append('}');
        return "read_csv("
                + DuckDb.literal(path)
                + ", header=true, auto_detect=false, delim=',', quote='\"', columns="
                + columns
                + ")";
    }

    /**
     * Returns the Parquet columns whose statistics say they hold no NULL in any row group; empty
     * for CSV files and for files written without null counts.
     *
     * @param connection an open DuckDB connection
     */
    java.util.Set<String> columnsWithoutNulls(Connection connection) {
        java.util.Set<String> columns = new java.util.HashSet<>();
        if (format != NumeraiFormat.PARQUET) {
            return columns;
        }
        String sql =
                "SELECT path_in_schema FROM parquet_metadata("
                        + DuckDb.literal(path)
                        + ") GROUP BY ALL HAVING count(stats_null_count) = count(*)"
                        + " AND sum(stats_null_count) = 0";
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                columns.add(result.getString(1));
            }
        } catch (SQLException e) {
            throw new BadInputException(
                    "unreadable_file", path + ": cannot read Parquet metadata: " + firstLine(e), e);
        }
        return columns;
    }

    /** Returns the first line of a DuckDB error message. */
    static String firstLine(SQLException e) {
        String message = String.valueOf(e.getMessage());
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private static Optional<DataType> typeOfName(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        for (DataType type : DataType.values()) {
            if (name.startsWith(type.label())) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
