package dev.dynamos.data.io;

import dev.dynamos.common.BadInputException;
import dev.dynamos.data.DataType;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Streams the selected columns of each file from DuckDB straight into preallocated primitive
 * arrays, placing every row at its final, era-sorted position (no boxed values, no second copy).
 */
final class RowLoader {

    /** Marks a feature cell that is not an integer in 0..4 (set by the SQL, never a real value). */
    private static final byte BAD_VALUE = Byte.MIN_VALUE;

    /** Marks a missing feature cell (set by the SQL); replaced by the fill value while loading. */
    static final byte MISSING = -1;

    private static final Pattern CSV_LINE = Pattern.compile("CSV Error on Line: (\\d+)");
    private static final Pattern CSV_COLUMN = Pattern.compile("converting column \"([^\"]*)\"");
    private static final Pattern CSV_VALUE = Pattern.compile("convert string \"([^\"]*)\"");

    private final List<String> features;
    private final List<String> targets;
    private final EraPlan plan;
    private final ReadOptions options;
    private final int[] cursor;
    private long missingFeatureCells;

    final String[] ids;
    final int[] eraOfRow;
    final DataType[] dataTypes;
    final byte[][] featureColumns;
    final float[][] targetColumns;

    RowLoader(List<String> features, List<String> targets, EraPlan plan, ReadOptions options) {
        this.features = features;
        this.targets = targets;
        this.plan = plan;
        this.options = options;
        int rows = plan.rows();
        this.cursor = java.util.Arrays.copyOf(plan.eraStart(), plan.eraNumbers().length);
        this.ids = new String[rows];
        this.eraOfRow = new int[rows];
        this.dataTypes = new DataType[rows];
        this.featureColumns = new byte[features.size()][rows];
        this.targetColumns = new float[targets.size()][rows];
    }

    /**
     * Loads the kept rows of one file. CSV files are read in one query; Parquet files in one query
     * for ids, eras, data types and targets, then in parallel column groups for the features,
     * matched to rows by Parquet's file row number.
     *
     * @param connection an open DuckDB connection that streams results
     * @param file the file
     * @param labels the era labels of this file to keep
     * @param wholeFile whether every row of the file is kept (no filter needed)
     */
    void load(Connection connection, SourceFile file, List<String> labels, boolean wholeFile) {
        if (labels.isEmpty()) {
            return;
        }
        boolean parquet = file.format() == NumeraiFormat.PARQUET;
        int[] positionOfFileRow = parquet ? new int[fileRows(connection, file)] : null;
        String where = wholeFile ? "" : whereSql(file, labels);
        String sql = selectSql(file, where, !parquet, parquet);
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            boolean[] rawFeature = rawTinyint(file);
            while (result.next()) {
                placeRow(result, file, rawFeature, positionOfFileRow);
            }
        } catch (SQLException e) {
            throw translate(e, file);
        }
        if (parquet && !features.isEmpty()) {
            FeatureGroupLoader groups = new FeatureGroupLoader(this, file, where);
            missingFeatureCells += groups.load(connection, positionOfFileRow);
        }
    }

    /** Checks that no id appears twice within one era. */
    void checkUniqueIdsPerEra() {
        int[] start = plan.eraStart();
        Set<String> seen = new java.util.HashSet<>();
        for (int e = 0; e < plan.eraNumbers().length; e++) {
            seen.clear();
            for (int r = start[e]; r < start[e + 1]; r++) {
                if (!seen.add(ids[r])) {
                    throw new BadInputException(
                            "duplicate_id",
                            "id '"
                                    + ids[r]
                                    + "' appears more than once in era "
                                    + NumeraiWriter.eraLabel(plan.eraNumbers()[e])
                                    + "; ids must be unique within an era");
                }
            }
        }
    }

    private void placeRow(
            ResultSet result, SourceFile file, boolean[] rawFeature, int[] positionOfFileRow)
            throws SQLException {
        int column = positionOfFileRow == null ? 1 : 2;
        String label = result.getString(column + 1);
        int era = plan.eraIndex(label);
        int row = cursor[era]++;
        if (positionOfFileRow != null) {
            positionOfFileRow[(int) result.getLong(1)] = row;
        }
        String id = result.getString(column);
        if (id == null) {
            throw new BadInputException(
                    "missing_id", file.path() + " has a row with an empty id in era " + label);
        }
        ids[row] = id;
        eraOfRow[row] = plan.eraNumbers()[era];
        dataTypes[row] = EraPlan.parseType(result.getString(column + 2), file);
        column += 3;
        if (positionOfFileRow == null) {
            for (int f = 0; f < featureColumns.length; f++, column++) {
                byte value = readCell(result, column, file, f, row, rawFeature[f]);
                if (value == MISSING) {
                    value = options.missingFeatureValue();
                    missingFeatureCells++;
                }
                featureColumns[f][row] = value;
            }
        }
        for (int t = 0; t < targetColumns.length; t++, column++) {
            targetColumns[t][row] = result.getFloat(column);
        }
    }

    /**
     * Reads one feature cell, filling a missing cell and rejecting a value outside 0..4.
     *
     * @param result the result positioned on the row
     * @param column the cell's column in the result
     * @param file the file, for messages
     * @param f the feature index
     * @param row the row's position in the table (its id is already loaded)
     * @param raw whether the column is the file's own int8 column (else a converted one)
     * @return the value 0..4, or {@link #MISSING} for a missing cell
     */
    byte readCell(ResultSet result, int column, SourceFile file, int f, int row, boolean raw)
            throws SQLException {
        byte value = result.getByte(column);
        if (value > 0 && value <= 4) {
            return value;
        }
        // A raw int8 column is read as is (NULL reads as 0); converted columns mark missing
        // cells with MISSING, which a raw column could hold as a real, invalid value.
        boolean missing = raw ? value == 0 && result.wasNull() : value == MISSING;
        if (missing) {
            return MISSING;
        }
        if (value == 0) {
            return value;
        }
        throw badFeature(file, f, ids[row], value, raw);
    }

    /** Returns the loaded feature names, in column order. */
    List<String> featureNames() {
        return features;
    }

    /** Returns the value stored for a missing feature cell. */
    byte missingFill() {
        return options.missingFeatureValue();
    }

    /** Returns the number of feature cells that were missing (NULL or NaN) and were filled. */
    long missingFeatureCells() {
        return missingFeatureCells;
    }

    private String selectSql(
            SourceFile file, String where, boolean withFeatures, boolean withRowNumber) {
        StringBuilder sql = new StringBuilder("SELECT ");
        if (withRowNumber) {
            sql.append("file_row_number, ");
        }
        sql.append("id, CAST(era AS VARCHAR), ").append(EraPlan.dataTypeSql(file));
        for (int f = 0; withFeatures && f < features.size(); f++) {
            sql.append(", ").append(featureSql(file, features.get(f)));
        }
        boolean hasTargets = file.columns().stream().anyMatch(c -> c.startsWith("target"));
        for (String target : targets) {
            sql.append(", ").append(hasTargets ? targetSql(target) : "'NaN'::FLOAT");
        }
        return sql.append(" FROM ").append(scanSql(file)).append(where).toString();
    }

    /** Returns the scan of a file: Parquet with its file row numbers, CSV with typed columns. */
    String scanSql(SourceFile file) {
        if (file.format() == NumeraiFormat.PARQUET) {
            return "read_parquet(" + DuckDb.literal(file.path()) + ", file_row_number=true)";
        }
        return file.scanSql(csvTypes());
    }

    private String whereSql(SourceFile file, List<String> labels) {
        StringBuilder sql = new StringBuilder(" WHERE CAST(era AS VARCHAR) IN (");
        for (int i = 0; i < labels.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(DuckDb.literal(labels.get(i)));
        }
        sql.append(')');
        if (file.has("data_type")) {
            sql.append(" AND data_type IN (");
            String separator = "";
            for (DataType type : options.dataTypes()) {
                sql.append(separator).append(DuckDb.literal(type.label()));
                separator = ", ";
            }
            sql.append(')');
        }
        return sql.toString();
    }

    private static int fileRows(Connection connection, SourceFile file) {
        String sql = "SELECT count(*) FROM read_parquet(" + DuckDb.literal(file.path()) + ")";
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return Math.toIntExact(result.getLong(1));
        } catch (SQLException e) {
            throw translate(e, file);
        } catch (ArithmeticException e) {
            throw new BadInputException("too_many_rows", file.path() + " holds over 2^31 rows");
        }
    }

    /** Returns the SQL reading one feature as TINYINT: 0..4, MISSING, or BAD_VALUE. */
    String featureSql(SourceFile file, String feature) {
        String column = DuckDb.identifier(feature);
        String fill = Byte.toString(MISSING);
        String type =
                file.format() == NumeraiFormat.CSV ? "DOUBLE" : file.columnTypes().get(feature);
        if (type.equals("TINYINT")) {
            return column;
        }
        String missing = column + " IS NULL";
        if (type.equals("FLOAT") || type.equals("DOUBLE")) {
            missing += " OR isnan(" + column + ")";
        }
        return "CAST(CASE WHEN "
                + missing
                + " THEN "
                + fill
                + " WHEN "
                + column
                + " IN (0, 1, 2, 3, 4) THEN "
                + column
                + " ELSE "
                + BAD_VALUE
                + " END AS TINYINT)";
    }

    private static String targetSql(String target) {
        return "coalesce(CAST(" + DuckDb.identifier(target) + " AS FLOAT), 'NaN'::FLOAT)";
    }

    private Map<String, String> csvTypes() {
        Map<String, String> types = new HashMap<>();
        features.forEach(feature -> types.put(feature, "DOUBLE"));
        targets.forEach(target -> types.put(target, "FLOAT"));
        return types;
    }

    /** Returns, per feature, whether the file stores it as int8 (read without conversion). */
    boolean[] rawTinyint(SourceFile file) {
        boolean[] raw = new boolean[features.size()];
        for (int f = 0; f < raw.length; f++) {
            raw[f] =
                    file.format() == NumeraiFormat.PARQUET
                            && "TINYINT".equals(file.columnTypes().get(features.get(f)));
        }
        return raw;
    }

    private BadInputException badFeature(
            SourceFile file, int f, String id, byte value, boolean raw) {
        String seen = raw ? "value " + value : "value " + cellText(file, features.get(f), id);
        return new BadInputException(
                "bad_feature_value",
                file.path()
                        + ": column "
                        + features.get(f)
                        + " holds "
                        + seen
                        + " at id '"
                        + id
                        + "'; features must be integers 0..4 (or empty for missing)");
    }

    private String cellText(SourceFile file, String feature, String id) {
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

    /** Turns a DuckDB error into bad input naming the file (and CSV line and column). */
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
