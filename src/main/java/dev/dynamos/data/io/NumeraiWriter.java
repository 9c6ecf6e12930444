package dev.dynamos.data.io;

import dev.dynamos.data.DataType;
import dev.dynamos.data.EraTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes an {@link EraTable} in Numerai's layout through DuckDB.
 *
 * <p>Columns, in order: {@code id} (string), {@code era} (zero-padded four-digit string such as
 * {@code "0001"}), {@code data_type} (string), every feature as int8 ({@code TINYINT}), every
 * target as float with {@code NaN} stored as {@code NULL} (an empty cell in CSV). Rows are written
 * in table order (sorted by era).
 *
 * <p>Each file's rows are staged in an in-memory DuckDB table before {@code COPY}, so writing needs
 * memory close to one byte per feature value of the largest split; DuckDB compresses that table but
 * does not spill it for this in-memory database.
 *
 * <p>Writing goes straight to the target path; callers that need all-or-nothing output write into a
 * temporary path from {@link dev.dynamos.common.AtomicOutput} and commit it.
 */
public final class NumeraiWriter {

    /** File stem of the training rows in a version folder. */
    public static final String TRAIN = "train";

    /** File stem of the validation and test rows in a version folder. */
    public static final String VALIDATION = "validation";

    /** File stem of the live rows in a version folder. */
    public static final String LIVE = "live";

    private static final Logger LOG = LoggerFactory.getLogger(NumeraiWriter.class);
    private static final String TABLE = "numerai_rows";

    private NumeraiWriter() {}

    /**
     * Writes a Numerai version folder: {@code train}, {@code validation} (validation and test rows)
     * and {@code live} files in the given format, plus {@code features.json}. All three data files
     * are always written, with no rows when the table has none of their data types.
     *
     * @param table the rows to write
     * @param dir the folder to write into; created when missing
     * @param format Parquet or CSV
     */
    public static void writeVersionDirectory(EraTable table, Path dir, NumeraiFormat format) {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(format, "format");
        createDirectories(dir);
        String ext = "." + format.extension();
        writeFile(table, dir.resolve(TRAIN + ext), EnumSet.of(DataType.TRAIN), format);
        writeFile(
                table,
                dir.resolve(VALIDATION + ext),
                EnumSet.of(DataType.VALIDATION, DataType.TEST),
                format);
        writeFile(table, dir.resolve(LIVE + ext), EnumSet.of(DataType.LIVE), format);
        writeFeaturesJson(table, dir.resolve(FeaturesJson.FILE_NAME));
    }

    /**
     * Writes every row of a table to one file, in the format its extension names.
     *
     * @param table the rows to write
     * @param file a path ending in {@code .parquet} or {@code .csv}
     */
    public static void writeFile(EraTable table, Path file) {
        writeFile(table, file, EnumSet.allOf(DataType.class), NumeraiFormat.ofFile(file));
    }

    /**
     * Writes the rows of the given data types to one file.
     *
     * @param table the rows to write
     * @param file the file to write (replaced when it exists)
     * @param types data types of the rows to keep
     * @param format Parquet or CSV
     */
    public static void writeFile(
            EraTable table, Path file, Set<DataType> types, NumeraiFormat format) {
        long started = System.nanoTime();
        try (Connection connection = DuckDb.open(false);
                Statement statement = connection.createStatement()) {
            statement.execute(createTableSql(table));
            int rows = appendRows(table, types, connection.unwrap(DuckDBConnection.class));
            statement.execute(copySql(file, format));
            LOG.debug(
                    "wrote {} rows to {} in {} ms",
                    rows,
                    file,
                    (System.nanoTime() - started) / 1_000_000);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes the table's feature sets and target names as a features.json file.
     *
     * @param table the table whose feature sets and targets to describe
     * @param file the file to write
     */
    public static void writeFeaturesJson(EraTable table, Path file) {
        new FeaturesJson(table.featureSets(), table.targetNames()).write(file);
    }

    /** Returns an era number as Numerai writes it: zero-padded to four digits. */
    public static String eraLabel(int era) {
        return String.format(Locale.ROOT, "%04d", era);
    }

    private static String createTableSql(EraTable table) {
        StringBuilder sql = new StringBuilder("CREATE TABLE " + TABLE);
        sql.append(" (id VARCHAR, era VARCHAR, data_type VARCHAR");
        for (String feature : table.featureNames()) {
            sql.append(", ").append(DuckDb.identifier(feature)).append(" TINYINT");
        }
        for (String target : table.targetNames()) {
            sql.append(", ").append(DuckDb.identifier(target)).append(" FLOAT");
        }
        return sql.append(')').toString();
    }

    private static int appendRows(EraTable table, Set<DataType> types, DuckDBConnection duck)
            throws SQLException {
        byte[][] features = new byte[table.featureCount()][];
        for (int f = 0; f < features.length; f++) {
            features[f] = table.column(f);
        }
        float[][] targets = new float[table.targetNames().size()][];
        for (int t = 0; t < targets.length; t++) {
            targets[t] = table.target(table.targetNames().get(t));
        }
        int written = 0;
        try (DuckDBAppender appender =
                duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, TABLE)) {
            for (int e = 0; e < table.eraCount(); e++) {
                String era = eraLabel(table.era(e));
                for (int r = table.eraStart(e); r < table.eraEnd(e); r++) {
                    if (types.contains(table.dataType(r))) {
                        appendRow(appender, table, r, era, features, targets);
                        written++;
                    }
                }
            }
        }
        return written;
    }

    private static void appendRow(
            DuckDBAppender appender,
            EraTable table,
            int row,
            String era,
            byte[][] features,
            float[][] targets)
            throws SQLException {
        appender.beginRow();
        appender.append(table.id(row));
        appender.append(era);
        appender.append(table.dataType(row).label());
        for (byte[] column : features) {
            appender.append(column[row]);
        }
        for (float[] target : targets) {
            float value = target[row];
            if (Float.isNaN(value)) {
                appender.appendNull();
            } else {
                appender.append(value);
            }
        }
        appender.endRow();
    }

    private static String copySql(Path file, NumeraiFormat format) {
        String options =
                format == NumeraiFormat.PARQUET ? "FORMAT PARQUET" : "FORMAT CSV, HEADER true";
        return "COPY " + TABLE + " TO " + DuckDb.literal(file) + " (" + options + ")";
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create folder " + dir, e);
        }
    }
}
