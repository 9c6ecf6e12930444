package dev.dynamos.data.io;

import dev.dynamos.common.BadInputException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Builds the bad-input errors of a read: bad feature cells and DuckDB's errors, with context. */
final class ReadErrors {

    private static final Pattern CSV_LINE = Pattern.compile("CSV Error on Line: (\\d+)");
    private static final Pattern CSV_COLUMN = Pattern.compile("converting column \"([^\"]*)\"");
    private static final Pattern CSV_VALUE = Pattern.compile("convert string \"([^\"]*)\"");

    private ReadErrors() {}

    /**
     * Returns the error for a feature cell outside 0..4, showing the cell as the file holds it.
     *
     * @param file the file
     * @param feature the feature column
     * @param id the row's id
     * @param value the value read (the cell itself for raw int8 columns, else a marker)
     * @param raw whether the column is the file's own int8 column
     */
    static BadInputException badFeature(
            SourceFile file, String feature, String id, byte value, boolean raw) {
        String seen = raw ? "value " + value : "value " + cellText(file, feature, id);
        return new BadInputException(
                "bad_feature_value",
                file.path()
                        + ": column "
                        + feature
                        + " holds "
                        + seen
                        + " at id '"
                        + id
                        + "'; features must be integers 0..4 (or empty for missing)");
    }

    private static String cellText(SourceFile file, String feature, String id) {
        // The streamed query only marks a bad cell; look the cell up again to show it.
        String sql =
                "SELECT CAST("
                        + DuckDb.identifier(feature)
                        + " AS VARCHAR) FROM "
                        + file.scanSql(Map.of())
                        + " WHERE id = "
                        + DuckDb.literal(id)
                        + " LIMIT 1";
        try (Connection lookup = DuckDb.open(false);
                Statement statement = lookup.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            return result.next() ? String.valueOf(result.getString(1)) : "(not found)";
        } catch (SQLException e) {
            return "(unreadable: " + SourceFile.firstLine(e) + ")";
        }
    }

    /**
     * Turns a DuckDB error into bad input naming the file, and for CSV conversion errors the line,
     * column and cell.
     *
     * @param e DuckDB's error
     * @param file the file being read
     */
    static BadInputException translate(SQLException e, SourceFile file) {
        String message = String.valueOf(e.getMessage());
        Matcher line = CSV_LINE.matcher(message);
        Matcher column = CSV_COLUMN.matcher(message);
        if (line.find() && column.find()) {
            Matcher value = CSV_VALUE.matcher(message);
            String seen = value.find() ? "'" + value.group(1) + "'" : "a cell";
            return new BadInputException(
                    "bad_csv_value",
                    file.path()
                            + " line "
                            + line.group(1)
                            + ", column "
                            + column.group(1)
                            + ": "
                            + seen
                            + " is not a number; features must be 0..4 and targets floats",
                    e);
        }
        return new BadInputException(
                "unreadable_file", file.path() + ": " + SourceFile.firstLine(e), e);
    }
}
