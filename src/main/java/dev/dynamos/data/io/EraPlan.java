package dev.dynamos.data.io;

import dev.dynamos.common.BadInputException;
import dev.dynamos.data.DataType;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which eras a read keeps and where each era's rows go: counts the rows per era label and data type
 * in every file (one cheap query per file), maps labels to era numbers, applies the era range,
 * data-type filter and every-k-th-era downsampling of {@link ReadOptions}, and lays the kept eras
 * out in ascending order so that rows can be placed in their final position as they stream.
 */
final class EraPlan {

    /** The label older Numerai live files use for the live era. */
    static final String LIVE_ERA_LABEL = "X";

    private final int[] eraNumbers;
    private final int[] eraStart;
    private final Map<String, Integer> eraIndexByLabel;
    private final List<List<String>> keptLabelsPerFile;
    private boolean[] keepsWholeFile;

    private EraPlan(
            int[] eraNumbers,
            int[] eraStart,
            Map<String, Integer> eraIndexByLabel,
            List<List<String>> keptLabelsPerFile) {
        this.eraNumbers = eraNumbers;
        this.eraStart = eraStart;
        this.eraIndexByLabel = eraIndexByLabel;
        this.keptLabelsPerFile = keptLabelsPerFile;
    }

    /**
     * Counts rows per era in every file and selects the eras to keep.
     *
     * @param connection an open DuckDB connection
     * @param files the files to read
     * @param options the era range, data types and downsampling to apply
     * @return the plan
     */
    static EraPlan build(Connection connection, List<SourceFile> files, ReadOptions options) {
        List<Map<String, Long>> countsPerFile = new ArrayList<>();
        for (SourceFile file : files) {
            countsPerFile.add(countKeptTypes(connection, file, options));
        }
        Map<String, Integer> numberOfLabel = eraNumbers(files, countsPerFile);
        TreeSet<Integer> kept = new TreeSet<>();
        numberOfLabel.values().stream()
                .filter(era -> era >= options.minEra() && era <= options.maxEra())
                .forEach(kept::add);
        List<Integer> sampled = new ArrayList<>();
        int position = 0;
        for (int era : kept) {
            if (position++ % options.everyKthEra() == 0) {
                sampled.add(era);
            }
        }
        EraPlan plan = layOut(sampled, numberOfLabel, countsPerFile);
        plan.keepsWholeFile = new boolean[files.size()];
        boolean allTypes = options.dataTypes().size() == DataType.values().length;
        for (int f = 0; f < files.size(); f++) {
            plan.keepsWholeFile[f] =
                    allTypes && plan.keptLabels(f).size() == countsPerFile.get(f).size();
        }
        return plan;
    }

    /** Returns whether every row of file {@code f} is kept, so that reading needs no filter. */
    boolean keepsWholeFile(int f) {
        return keepsWholeFile[f];
    }

    /** Returns the total number of rows kept. */
    int rows() {
        return eraStart[eraStart.length - 1];
    }

    /** Returns the kept era numbers in ascending order. */
    int[] eraNumbers() {
        return eraNumbers;
    }

    /** Returns the first row of each kept era, plus the total row count at the end. */
    int[] eraStart() {
        return eraStart;
    }

    /** Returns the era index (into {@link #eraNumbers}) of a kept era label, or null. */
    Integer eraIndex(String label) {
        return eraIndexByLabel.get(label);
    }

    /** Returns the era labels of file {@code f} that are kept (as they appear in that file). */
    List<String> keptLabels(int f) {
        return keptLabelsPerFile.get(f);
    }

    private static Map<String, Long> countKeptTypes(
            Connection connection, SourceFile file, ReadOptions options) {
        String sql =
                "SELECT CAST(era AS VARCHAR), "
                        + dataTypeSql(file)
                        + ", count(*) FROM "
                        + file.scanSql(Map.of())
                        + " GROUP BY ALL";
        Map<String, Long> counts = new HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                String label = result.getString(1);
                DataType type = parseType(result.getString(2), file);
                if (label == null) {
                    throw new BadInputException(
                            "missing_era", file.path() + " has rows with an empty era cell");
                }
                if (options.dataTypes().contains(type)) {
                    counts.merge(label, result.getLong(3), Long::sum);
                }
            }
        } catch (SQLException e) {
            throw new BadInputException(
                    "unreadable_file",
                    file.path() + ": cannot count rows per era: " + SourceFile.firstLine(e),
                    e);
        }
        return counts;
    }

    /** Returns the SQL expression for a file's data type: its column or the name's type. */
    static String dataTypeSql(SourceFile file) {
        if (file.has("data_type")) {
            return "data_type";
        }
        DataType type =
                file.typeFromName()
                        .orElseThrow(
                                () ->
                                        new BadInputException(
                                                "missing_column",
                                                file.path()
                                                        + " has no data_type column and its name"
                                                        + " does not start with train,"
                                                        + " validation, test or live"));
        return DuckDb.literal(type.label());
    }

    /** Parses a data_type cell, naming the file when it is not a known type. */
    static DataType parseType(String value, SourceFile file) {
        for (DataType type : DataType.values()) {
            if (type.label().equals(value)) {
                return type;
            }
        }
        throw new BadInputException(
                "bad_data_type",
                file.path()
                        + ": data_type '"
                        + value
                        + "' is not one of train, validation, test, live");
    }

    private static Map<String, Integer> eraNumbers(
            List<SourceFile> files, List<Map<String, Long>> countsPerFile) {
        Map<String, Integer> numbers = new HashMap<>();
        int maxNumeric = 0;
        boolean hasLive = false;
        for (int f = 0; f < files.size(); f++) {
            for (String label : countsPerFile.get(f).keySet()) {
                if (label.equals(LIVE_ERA_LABEL)) {
                    hasLive = true;
                    continue;
                }
                int era = parseEra(label, files.get(f));
                numbers.put(label, era);
                maxNumeric = Math.max(maxNumeric, era);
            }
        }
        if (hasLive) {
            // Older live files label their era "X"; it is the week after the last known era.
            numbers.put(LIVE_ERA_LABEL, maxNumeric + 1);
        }
        return numbers;
    }

    private static int parseEra(String label, SourceFile file) {
        String digits = label.startsWith("era") ? label.substring(3) : label;
        try {
            return Integer.parseInt(digits.trim());
        } catch (NumberFormatException e) {
            throw new BadInputException(
                    "bad_era",
                    file.path()
                            + ": era '"
                            + label
                            + "' is not a number (expected a zero-padded era such as 0001)");
        }
    }

    private static EraPlan layOut(
            List<Integer> sampled,
            Map<String, Integer> numberOfLabel,
            List<Map<String, Long>> countsPerFile) {
        Map<Integer, Integer> indexOfNumber = new TreeMap<>();
        for (int i = 0; i < sampled.size(); i++) {
            indexOfNumber.put(sampled.get(i), i);
        }
        long[] rowsPerEra = new long[sampled.size()];
        Map<String, Integer> indexOfLabel = new HashMap<>();
        List<List<String>> keptLabels = new ArrayList<>();
        for (Map<String, Long> counts : countsPerFile) {
            List<String> labels = new ArrayList<>();
            counts.forEach(
                    (label, count) -> {
                        Integer index = indexOfNumber.get(numberOfLabel.get(label));
                        if (index != null) {
                            rowsPerEra[index] += count;
                            indexOfLabel.put(label, index);
                            labels.add(label);
                        }
                    });
            keptLabels.add(labels);
        }
        int[] eraStart = new int[sampled.size() + 1];
        for (int i = 0; i < sampled.size(); i++) {
            long next = eraStart[i] + rowsPerEra[i];
            if (next > Integer.MAX_VALUE - 8) {
                throw new BadInputException(
                        "too_many_rows",
                        "the selection holds more than 2^31 rows; select fewer eras");
            }
            eraStart[i + 1] = (int) next;
        }
        int[] numbers = sampled.stream().mapToInt(Integer::intValue).toArray();
        return new EraPlan(numbers, eraStart, indexOfLabel, keptLabels);
    }
}
