package dev.dynamos.data.io;

import dev.dynamos.common.BadInputException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.duckdb.DuckDBConnection;

/**
 * Reads the feature columns of one Parquet file in parallel: the features are split into groups,
 * each group is one DuckDB query on its own connection and thread, and each row's values go to the
 * table position recorded for its Parquet file row number. Groups write disjoint columns, so they
 * share the arrays without locking.
 */
final class FeatureGroupLoader {

    /**
     * Fewest features per group: smaller groups cost more in repeated filter scans than they win.
     */
    static final int MIN_FEATURES_PER_GROUP = 32;

    private final RowLoader rows;
    private final SourceFile file;
    private final String where;

    FeatureGroupLoader(RowLoader rows, SourceFile file, String where) {
        this.rows = rows;
        this.file = file;
        this.where = where;
    }

    /**
     * Loads every feature column of the file.
     *
     * @param connection the reader's DuckDB connection (duplicated per group)
     * @param positionOfFileRow table position of each kept file row
     * @return the number of missing cells filled
     */
    long load(Connection connection, int[] positionOfFileRow) {
        int features = rows.featureColumns.length;
        int groups = groupCount(features);
        ExecutorService pool = Executors.newFixedThreadPool(groups);
        try {
            List<Future<Long>> results = new ArrayList<>();
            for (int g = 0; g < groups; g++) {
                int from = (int) ((long) features * g / groups);
                int to = (int) ((long) features * (g + 1) / groups);
                DuckDBConnection own = duplicate(connection);
                results.add(pool.submit(() -> loadGroup(own, from, to, positionOfFileRow)));
            }
            long missing = 0;
            for (Future<Long> result : results) {
                missing += await(result);
            }
            return missing;
        } finally {
            pool.shutdownNow();
        }
    }

    static int groupCount(int features) {
        int cores = Runtime.getRuntime().availableProcessors();
        int bySize = Math.max(1, features / MIN_FEATURES_PER_GROUP);
        return Math.max(1, Math.min(cores, bySize));
    }

    private long loadGroup(DuckDBConnection connection, int from, int to, int[] positionOfFileRow)
            throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT file_row_number");
        for (int f = from; f < to; f++) {
            sql.append(", ").append(rows.featureSql(file, rows.featureNames().get(f)));
        }
        sql.append(" FROM ").append(rows.scanSql(file)).append(where);
        boolean[] raw = rows.rawTinyint(file);
        byte fill = rows.missingFill();
        long missing = 0;
        try (connection;
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql.toString())) {
            while (result.next()) {
                int row = positionOfFileRow[(int) result.getLong(1)];
                for (int f = from, column = 2; f < to; f++, column++) {
                    byte value = rows.readCell(result, column, file, f, row, raw[f]);
                    if (value == RowLoader.MISSING) {
                        value = fill;
                        missing++;
                    }
                    rows.featureColumns[f][row] = value;
                }
            }
        }
        return missing;
    }

    private DuckDBConnection duplicate(Connection connection) {
        try {
            return connection.unwrap(DuckDBConnection.class).duplicate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open a second DuckDB connection", e);
        }
    }

    private long await(Future<Long> result) {
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading " + file.path(), e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof BadInputException badInput) {
                throw badInput;
            }
            if (cause instanceof SQLException sql) {
                throw RowLoader.translate(sql, file);
            }
            throw new IllegalStateException("cannot read " + file.path() + ": " + cause, cause);
        }
    }
}
