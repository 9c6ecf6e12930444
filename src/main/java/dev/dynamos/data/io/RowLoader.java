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

    private static final Pattern CSV_LINE = Pattern.compile("CSV Error on Line: (\\d+)");
    private static final Pattern CSV_COLUMN = Pattern.compile("converting column \"([^\"]*)\"");
    private static final Pattern CSV_VALUE = Pattern.compile("convert string \"([^\"]*)\"");

    private final List<String> features;
    private final List<String> targets;
    private final EraPlan plan;
    private final ReadOptions options;
    private final int[] cursor;

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
     * Loads the kept rows of one file.
     *
     * @param connection an open DuckDB connection that streams results
     * @param file the file
     * @param labels the era labels of this file to keep
     */
    void load(Connection connection, SourceFile file, List<String> labels) {
        if (labels.isEmpty()) {
            return;
        }
        String sql = selectSql(file, labels);
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            boolean[] rawFeature = rawTinyint(file);
            while (result.next()) {
                placeRow(result, file, rawFeature);
            }
        } catch (SQLException e) {
            throw translate(e, file);
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

    private void placeRow(ResultSet result, SourceFile file, boolean[] rawFeature)
            throws SQLException {
        String label = result.getString(2);
        int era = plan.eraIndex(label);
        int row = cursor[era]++;
        String id = result.getString(1);
        if (id == null) {
            throw new BadInputException(
                    "missing_id", file.path() + " has a row with an empty id in era " + label);
        }
        ids[row] = id;
        eraOfRow[row] = plan.eraNumbers()[era];
        dataTypes[row] = EraPlan.parseType(result.getString(3), file);
        int column = 4;
        for (int f = 0; f < featureColumns.length; f++, column++) {
            byte value = result.getByte(column);
            if (value < 0 || value > 4) {
                throw badFeature(file, f, id, value, rawFeature[f]);
            }
            featureColumns[f][row] = value;
        }
        for (int t = 0; t < targetColumns.length; t++, column++) {
            targetColumns[t][row] = result.getFloat(column);
        }
    }

    private String selectSql(SourceFile file, List<String> labels) {
        StringBuilder sql = new StringBuilder("SELECT id, CAST(era AS VARCHAR), ");
        sql.append(EraPlan.dataTypeSql(file));
        for (String feature : features) {
            sql.append(", ").append(featureSql(file, feature));
        }
        boolean hasTargets = file.columns().stream().anyMatch(c -> c.startsWith("target"));
        for (String target : targets) {
            sql.append(", ").append(hasTargets ? targetSql(target) : "'NaN'::FLOAT");
        }
        sql.append(" FROM ").append(file.scanSql(csvTypes()));
        sql.append(" WHERE CAST(era AS VARCHAR) IN (");
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

    private String featureSql(SourceFile file, String feature) {
        String column = DuckDb.identifier(feature);
        String fill = Byte.toString(options.missingFeatureValue());
        String type =
                file.format() == NumeraiFormat.CSV ? "DOUBLE" : file.columnTypes().get(feature);
        if (type.equals("TINYINT")) {
            return "coalesce(" + column + ", " + fill + "::TINYINT)";
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

    private boolean[] rawTinyint(SourceFile file) {
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
        String seen = raw || value != BAD_VALUE ? "value " + value : "a value";
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

    private static BadInputException translate(SQLException e, SourceFile file) {
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
