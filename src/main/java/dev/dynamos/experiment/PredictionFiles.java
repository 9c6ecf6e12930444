package dev.dynamos.experiment;

import dev.dynamos.data.EraTable;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Writes and reads prediction files: Parquet with columns {@code id} (text), {@code era}
 * (zero-padded four-digit text, as in Numerai's files) and {@code prediction} (float), one row per
 * predicted row, in era order. Written through DuckDB.
 */
public final class PredictionFiles {

    private static final String TABLE = "predictions";

    /**
     * One row of a prediction file.
     *
     * @param id row id
     * @param era era label such as {@code 0575}
     * @param prediction the head's raw prediction
     */
    public record Row(String id, String era, float prediction) {}

    private PredictionFiles() {}

    /**
     * Writes the predictions of whole eras to a Parquet file.
     *
     * @param file destination (the caller handles temporary names)
     * @param table the rows' table
     * @param eraIndices predicted eras, ascending
     * @param predictions one per row of those eras, in table order
     */
    public static void write(Path file, EraTable table, int[] eraIndices, float[] predictions) {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement()) {
            statement.execute(
                    "CREATE TABLE " + TABLE + " (id VARCHAR, era VARCHAR, prediction FLOAT)");
            append(connection.unwrap(DuckDBConnection.class), table, eraIndices, predictions);
            statement.execute("COPY " + TABLE + " TO " + literal(file) + " (FORMAT PARQUET)");
        } catch (SQLException e) {
            throw new IllegalStateException("DuckDB failed writing " + file, e);
        }
    }

    /**
     * Reads a prediction file back, in file order.
     *
     * @param file a file written by {@link #write}
     * @return its rows
     */
    public static List<Row> read(Path file) {
        List<Row> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement();
                ResultSet result =
                        statement.executeQuery(
                                "SELECT id, era, prediction FROM read_parquet("
                                        + literal(file)
                                        + ")")) {
            while (result.next()) {
                rows.add(new Row(result.getString(1), result.getString(2), result.getFloat(3)));
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("DuckDB failed reading " + file, e);
        }
    }

    /** Returns an era number as Numerai's four-digit label. */
    public static String eraLabel(int era) {
        return String.format("%04d", era);
    }

    private static void append(
            DuckDBConnection duck, EraTable table, int[] eraIndices, float[] predictions)
            throws SQLException {
        int next = 0;
        try (DuckDBAppender appender =
                duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, TABLE)) {
            for (int e : eraIndices) {
                String era = eraLabel(table.era(e));
                for (int r = table.eraStart(e); r < table.eraEnd(e); r++) {
                    appender.beginRow();
                    appender.append(table.id(r));
                    appender.append(era);
                    appender.append(predictions[next++]);
                    appender.endRow();
                }
            }
        }
        if (next != predictions.length) {
            throw new IllegalArgumentException(
                    "predictions has "
                            + predictions.length
                            + " values, the eras "
                            + next
                            + " rows");
        }
    }

    private static String literal(Path file) {
        return "'" + file.toAbsolutePath().toString().replace("'", "''") + "'";
    }
}
