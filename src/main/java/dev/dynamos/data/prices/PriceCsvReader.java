package dev.dynamos.data.prices;

import dev.dynamos.common.BadInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a long daily price file (CSV, or CSV compressed with gzip) with the columns {@code date,
 * ticker, open, high, low, close, volume} and optionally {@code adj_close}, one row per ticker and
 * day, through DuckDB's CSV reader.
 *
 * <p>Rows whose close is empty are skipped and counted; a ticker and day seen again keep the first
 * row and the repeat is counted. A missing column, a date that is not {@code YYYY-MM-DD} or a
 * number that does not parse is bad input.
 */
public final class PriceCsvReader {

    /** Columns every price file must have. */
    public static final List<String> REQUIRED_COLUMNS =
            List.of("date", "ticker", "open", "high", "low", "close", "volume");

    /** The optional adjusted-close column, used for returns where present. */
    public static final String ADJ_CLOSE = "adj_close";

    private static final Logger LOG = LoggerFactory.getLogger(PriceCsvReader.class);

    private PriceCsvReader() {}

    /**
     * Reads a price file into a history on the calendar of all dates in the file.
     *
     * @param file a {@code .csv} or {@code .csv.gz} file with a header row
     * @return the history and row counts
     * @throws BadInputException when the file is missing, lacks a column or holds a bad value
     */
    public static PriceLoad read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(
                    "missing_file",
                    file + " does not exist or is not a file; expected a price CSV");
        }
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement()) {
            boolean hasAdjClose = checkColumns(statement, file);
            PriceRows rows = readRows(statement, file, hasAdjClose);
            PriceHistory history = rows.toHistory(file);
            LOG.info(
                    "read {} price rows from {}; skipped {} empty rows and {} repeated rows{}",
                    rows.rowsRead(),
                    file,
                    rows.emptyRows(),
                    rows.duplicateRows(),
                    rows.duplicateRows() == 0 ? "" : " (first: " + rows.firstDuplicate() + ")");
            return new PriceLoad(history, rows.rowsRead(), rows.emptyRows(), rows.duplicateRows());
        } catch (SQLException e) {
            throw new BadInputException(
                    "bad_price_file",
                    file + " could not be read as a price CSV: " + e.getMessage(),
                    e);
        }
    }

    private static boolean checkColumns(Statement statement, Path file) throws SQLException {
        Set<String> columns = new HashSet<>();
        String sql = "SELECT * FROM read_csv(" + literal(file) + ", header=true, all_varchar=true)";
        try (ResultSet result = statement.executeQuery(sql + " LIMIT 0")) {
            ResultSetMetaData meta = result.getMetaData();
            for (int c = 1; c <= meta.getColumnCount(); c++) {
                columns.add(meta.getColumnName(c));
            }
        }
        for (String required : REQUIRED_COLUMNS) {
            if (!columns.contains(required)) {
                throw new BadInputException(
                        "missing_column",
                        file
                                + " has no column '"
                                + required
                                + "'; expected columns "
                                + String.join(", ", REQUIRED_COLUMNS)
                                + " (and optionally adj_close), found "
                                + String.join(", ", columns.stream().sorted().toList()));
            }
        }
        return columns.contains(ADJ_CLOSE);
    }

    private static PriceRows readRows(Statement statement, Path file, boolean hasAdjClose)
            throws SQLException {
        String adj = hasAdjClose ? "adj_close" : "NULL::DOUBLE";
        String types =
                "{'date': 'VARCHAR', 'ticker': 'VARCHAR', 'open': 'DOUBLE', 'high': 'DOUBLE',"
                        + " 'low': 'DOUBLE', 'close': 'DOUBLE', 'volume': 'DOUBLE'"
                        + (hasAdjClose ? ", 'adj_close': 'DOUBLE'}" : "}");
        String sql =
                "SELECT date, ticker, open, high, low, close, "
                        + adj
                        + ", volume FROM read_csv("
                        + literal(file)
                        + ", header=true, types="
                        + types
                        + ")";
        PriceRows rows = new PriceRows();
        DateCache dates = new DateCache(file);
        try (ResultSet result = statement.executeQuery(sql)) {
            long row = 0;
            while (result.next()) {
                row++;
                addRow(result, row, dates, rows, file);
            }
        }
        return rows;
    }

    private static void addRow(
            ResultSet result, long row, DateCache dates, PriceRows rows, Path file)
            throws SQLException {
        String date = result.getString(1);
        String ticker = result.getString(2);
        double close = orNaN(result, 6);
        if (Double.isNaN(close)) {
            if (date != null) {
                dates.epochDay(date, row);
            }
            rows.skipEmpty();
            return;
        }
        if (ticker == null || ticker.isBlank()) {
            throw new BadInputException(
                    "bad_ticker", file + ": row " + row + " has prices but an empty ticker");
        }
        int day = dates.epochDay(date, row);
        rows.add(
                ticker,
                day,
                row,
                new double[] {
                    orNaN(result, 3),
                    orNaN(result, 4),
                    orNaN(result, 5),
                    close,
                    orNaN(result, 7),
                    orNaN(result, 8)
                });
    }

    private static double orNaN(ResultSet result, int column) throws SQLException {
        double value = result.getDouble(column);
        return result.wasNull() ? Double.NaN : value;
    }

    private static String literal(Path file) {
        return "'" + file.toAbsolutePath().toString().replace("'", "''") + "'";
    }

    /** Parses dates once per distinct text; a file holds about a thousand distinct dates. */
    private static final class DateCache {
        private final Path file;
        private final Map<String, Integer> epochDays = new HashMap<>();

        DateCache(Path file) {
            this.file = file;
        }

        int epochDay(String text, long row) {
            Integer cached = text == null ? null : epochDays.get(text);
            if (cached != null) {
                return cached;
            }
            try {
                int day = (int) LocalDate.parse(text == null ? "" : text.trim()).toEpochDay();
                epochDays.put(text, day);
                return day;
            } catch (DateTimeParseException e) {
                throw new BadInputException(
                        "bad_date",
                        file
                                + ": row "
                                + row
                                + " (line "
                                + (row + 1)
                                + ") has date '"
                                + text
                                + "'; expected YYYY-MM-DD such as 2017-12-06");
            }
        }
    }
}
