package dev.dynamos.submission;

import dev.dynamos.common.BadInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The raw text of a submission CSV: its header fields exactly as written and every later row's
 * fields, with empty fields as {@code null}. Reads through DuckDB's CSV reader with every column as
 * text and no dialect detection, so that the header can be checked character for character.
 */
record SubmissionCsv(List<String> header, List<String[]> rows) {

    /** Fields read per line; a valid file has 2, and anything past 2 only needs to be seen. */
    private static final int MAX_FIELDS = 8;

    /**
     * Reads a submission file.
     *
     * @param file the CSV file
     * @return the header (empty for an empty file) and the data rows
     * @throws BadInputException when the file is missing or DuckDB cannot parse it
     */
    static SubmissionCsv read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(
                    "missing_file", file + " does not exist or is not a file; expected a CSV");
        }
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(query(file))) {
            return collect(result);
        } catch (SQLException e) {
            throw new BadInputException(
                    "unreadable_submission",
                    file + " is not a readable CSV: " + firstLine(e.getMessage()),
                    e);
        }
    }

    private static String query(Path file) {
        String literal = file.toAbsolutePath().toString().replace("'", "''");
        StringBuilder columns = new StringBuilder();
        for (int c = 0; c < MAX_FIELDS; c++) {
            columns.append(c == 0 ? "" : ", ").append("'c").append(c).append("': 'VARCHAR'");
        }
        // Fixed text columns and no dialect sniffing: the header row stays plain text for an
        // exact check, and a malformed header cannot make the reader guess another dialect.
        return "SELECT * FROM read_csv('"
                + literal
                + "', header=false, auto_detect=false, columns={"
                + columns
                + "}, delim=',', quote='\"', escape='\"', null_padding=true, strict_mode=false)";
    }

    private static SubmissionCsv collect(ResultSet result) throws SQLException {
        int columns = result.getMetaData().getColumnCount();
        List<String> header = List.of();
        List<String[]> rows = new ArrayList<>();
        boolean first = true;
        while (result.next()) {
            String[] fields = new String[columns];
            for (int c = 0; c < columns; c++) {
                fields[c] = result.getString(c + 1);
            }
            if (first) {
                header = trimTrailingNulls(fields);
                first = false;
            } else {
                rows.add(fields);
            }
        }
        return new SubmissionCsv(header, rows);
    }

    private static List<String> trimTrailingNulls(String[] fields) {
        int end = fields.length;
        while (end > 0 && fields[end - 1] == null) {
            end--;
        }
        List<String> kept = new ArrayList<>(end);
        for (int c = 0; c < end; c++) {
            kept.add(fields[c] == null ? "" : fields[c]);
        }
        return List.copyOf(kept);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
