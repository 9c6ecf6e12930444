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
 *
 * <p>Chunks are copied as whole vectors when {@link DuckDbVectors} can reach them, else value by
 * value through JDBC getters. The driver allocates a direct buffer and a null mask for every column
 * of every 2048-row chunk, about two bytes per value that stay resident until the garbage collector
 * runs, so on a JVM with a large heap limit peak memory during a load exceeds the table by up to
 * that much.
 */
final class FeatureGroupLoader {

    /**
     * Fewest features per group: smaller groups cost more in repeated filter scans than they win.
     */
    static final int MIN_FEATURES_PER_GROUP = 32;

    private final RowLoader rows;
    private final SourceFile file;
    private final String where;
    private boolean[] mayHoldNulls;

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
        java.util.Set<String> noNulls = file.columnsWithoutNulls(connection);
        mayHoldNulls = new boolean[features];
        for (int f = 0; f < features; f++) {
            mayHoldNulls[f] = !noNulls.contains(rows.featureNames().get(f));
        }
        int groups = groupCount(features);
        ExecutorService pool = Executors.newFixedThreadPool(groups);
        try {
            List<Future<Long>> results = new ArrayList<>();
            for (int g = 0; g < groups; g++) {
                int from = groupStart(features, groups, g);
                int to = groupStart(features, groups, g + 1);
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

    /** Returns the first feature of group {@code g} of {@code groups} (or the end, g = groups). */
    static int groupStart(int features, int groups, int g) {
        return (int) ((long) features * g / groups);
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
            if (DuckDbVectors.available()) {
                return loadChunks(result, from, to, positionOfFileRow, raw);
            }
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

    private long loadChunks(
            ResultSet result, int from, int to, int[] positionOfFileRow, boolean[] raw)
            throws SQLException {
        Object[] last = null;
        long missing = 0;
        int[] rowOf = new int[0];
        byte[] values = new byte[0];
        while (result.next()) {
            Object[] chunk = DuckDbVectors.currentChunk(result);
            if (chunk == last) {
                continue;
            }
            last = chunk;
            int n = DuckDbVectors.length(chunk[0]);
            if (rowOf.length < n) {
                rowOf = new int[n];
                values = new byte[n];
            }
            java.nio.ByteBuffer rowNumbers = DuckDbVectors.values(chunk[0]);
            boolean contiguous = true;
            for (int i = 0; i < n; i++) {
                rowOf[i] = positionOfFileRow[(int) rowNumbers.getLong(i * Long.BYTES)];
                contiguous &= rowOf[i] == rowOf[0] + i;
            }
            for (int f = from, column = 1; f < to; f++, column++) {
                missing += copyColumn(chunk[column], f, n, rowOf, contiguous, values, raw[f]);
            }
        }
        return missing;
    }

    private long copyColumn(
            Object vector,
            int f,
            int n,
            int[] rowOf,
            boolean contiguous,
            byte[] values,
            boolean raw) {
        byte[] column = rows.featureColumns[f];
        if (contiguous) {
            // Rows of one era arrive in file order, so a chunk usually lands in one run of rows:
            // copy it in bulk and check it, falling back to the per-cell path when it needs care.
            int start = rowOf[0];
            DuckDbVectors.copyBytes(vector, column, start, n);
            boolean checkNulls = raw && mayHoldNulls[f];
            if (allInZeroToFour(column, start, n) && !(checkNulls && anyNull(vector, n))) {
                return 0;
            }
            System.arraycopy(column, start, values, 0, n);
        } else {
            DuckDbVectors.copyBytes(vector, values, 0, n);
        }
        return copyCells(vector, f, n, rowOf, values, raw);
    }

    private long copyCells(Object vector, int f, int n, int[] rowOf, byte[] values, boolean raw) {
        byte[] column = rows.featureColumns[f];
        boolean[] nullMask = raw ? DuckDbVectors.nullMask(vector) : null;
        long missing = 0;
        for (int i = 0; i < n; i++) {
            byte value = values[i];
            boolean isNull = nullMask != null && nullMask[i];
            if (isNull || value < 0 || value > 4) {
                value = rows.checkedValue(value, isNull, file, f, rowOf[i], raw);
                if (value == RowLoader.MISSING) {
                    value = rows.missingFill();
                    missing++;
                }
            }
            column[rowOf[i]] = value;
        }
        return missing;
    }

    private static boolean allInZeroToFour(byte[] values, int start, int n) {
        // An unsigned byte u is in 0..4 exactly when u + 3 is in 3..7, that is below 8; OR-ing
        // u + 3 over the run keeps bit 3 and above clear only when every value is in range.
        int bits = 0;
        for (int i = start; i < start + n; i++) {
            bits |= (values[i] & 0xff) + 3;
        }
        return bits < 8;
    }

    private static boolean anyNull(Object vector, int n) {
        boolean[] nullMask = DuckDbVectors.nullMask(vector);
        boolean any = false;
        for (int i = 0; i < n; i++) {
            any |= nullMask[i];
        }
        return any;
    }

    /** Opens a second connection to the same in-memory database. */
    static DuckDBConnection duplicate(Connection connection) {
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
                throw ReadErrors.translate(sql, file);
            }
            throw new IllegalStateException("cannot read " + file.path() + ": " + cause, cause);
        }
    }
}
