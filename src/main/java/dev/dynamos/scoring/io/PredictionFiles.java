package dev.dynamos.scoring.io;

import dev.dynamos.common.BadInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads an id column and one value column from a CSV or Parquet file with DuckDB ({@code
 * read_csv_auto} or {@code read_parquet}): submissions, Numerai's meta model and benchmark models.
 */
public final class PredictionFiles {

    /** The column of a submission; Numerai also accepts {@link #PROBABILITY_COLUMN}. */
    public static final String PREDICTION_COLUMN = "prediction";

    /** The older name of a submission's value column. */
    public static final String PROBABILITY_COLUMN = "probability";

    /** The value column of Numerai's {@code meta_model.parquet}. */
    public static final String META_MODEL_COLUMN = "numerai_meta_model";

    private static final String ID_COLUMN = "id";

    private PredictionFiles() {}

    /**
     * Reads a submission's predictions: the {@code prediction} column, else {@code probability}.
     *
     * @param file a .csv or .parquet file with an {@code id} column
     * @return the ids and predictions in file order
     * @throws BadInputException when the file, its id column or both value columns are missing
     */
    public static PredictionColumn readPredictions(Path file) {
        List<String> columns = columns(file);
        for (String name : List.of(PREDICTION_COLUMN, PROBABILITY_COLUMN)) {
            if (columns.contains(name)) {
                return read(file, name);
            }
        }
        throw missingColumn(file, "'" + PREDICTION_COLUMN + "' (or 'probability')", columns);
    }

    /**
     * Reads the named value column and the ids.
     *
     * @param file a .csv or .parquet file with an {@code id} column
     * @param column the value column, read as double
     * @return the ids and values in file order, NaN for empty cells
     * @throws BadInputException when the file or a column is missing or values are not numbers
     */
    public static PredictionColumn read(Path file, String column) {
        List<String> columns = columns(file);
        if (!columns.contains(ID_COLUMN)) {
            throw missingColumn(file, "'" + ID_COLUMN + "'", columns);
        }
        if (!columns.contains(column)) {
            throw missingColumn(file, "'" + column + "'", columns);
        }
        String sql =
                "SELECT CAST("
                        + identifier(ID_COLUMN)
                        + " AS VARCHAR), TRY_CAST("
                        + identifier(column)
                        + " AS DOUBLE), "
                        + identifier(column)
                        + " IS NOT NULL FROM "
                        + scan(file);
        try (Connection connection = open();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            return collect(file, column, rows);
        } catch (SQLException e) {
            throw new BadInputException(
                    "unreadable_file", "cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Returns the column names of the file.
     *
     * @param file a .csv or .parquet file
     * @return the column names in file order
     * @throws BadInputException when the file is missing or unreadable
     */
    public static List<String> columns(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException("missing_file", file + " does not exist");
        }
        List<String> names = new ArrayList<>();
        try (Connection connection = open();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("DESCRIBE SELECT * FROM " + scan(file))) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
            return names;
        } catch (SQLException e) {
            throw new BadInputException(
                    "unreadable_file", "cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static PredictionColumn collect(Path file, String column, ResultSet rows)
            throws SQLException {
        String[] ids = new String[1 << 12];
        double[] values = new double[ids.length];
        int count = 0;
        while (rows.next()) {
            if (count == ids.length) {
                ids = Arrays.copyOf(ids, count * 2);
                values = Arrays.copyOf(values, count * 2);
            }
            ids[count] = rows.getString(1);
            double value = rows.getDouble(2);
            boolean converted = !rows.wasNull();
            if (!converted && rows.getBoolean(3)) {
                throw new BadInputException(
                        "bad_value",
                        file + " column '" + column + "' row " + (count + 1) + " is not a number");
            }
            values[count++] = converted ? value : Double.NaN;
        }
        return new PredictionColumn(
                file, column, Arrays.copyOf(ids, count), Arrays.copyOf(values, count));
    }

    private static BadInputException missingColumn(Path file, String what, List<String> seen) {
        return new BadInputException(
                "missing_column",
                file + " has no column " + what + "; its columns are: " + String.join(", ", seen));
    }

    private static String scan(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String literal = "'" + file.toAbsolutePath().toString().replace("'", "''") + "'";
        if (name.endsWith(".parquet")) {
            return "read_parquet(" + literal + ")";
        }
        if (name.endsWith(".csv")) {
            return "read_csv_auto(" + literal + ", header=true)";
        }
        throw new BadInputException(
                "unknown_format", file + " is neither a .parquet nor a .csv file");
    }

    private static String identifier(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    private static Connection open() throws SQLException {
        return DriverManager.getConnection("jdbc:duckdb:");
    }
}
