package dev.dynamos.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Descriptive statistics of an {@link EraTable}, as {@code dynamos data inspect} prints them: row
 * and era counts, rows per era, feature set sizes, the share of each feature value, and per target
 * the NaN count and the values it takes.
 *
 * @param rows number of rows
 * @param eraCount number of distinct eras
 * @param firstEra smallest era number (0 when there are no rows)
 * @param lastEra largest era number (0 when there are no rows)
 * @param minRowsPerEra fewest rows in one era
 * @param medianRowsPerEra median rows per era (mean of the middle two for an even count)
 * @param maxRowsPerEra most rows in one era
 * @param featureCount number of loaded feature columns
 * @param featureSetSizes feature count of each feature set, groups included, in file order
 * @param groups names of the sets that are feature groups
 * @param valueShares share of feature cells holding 0, 1, 2, 3, 4 (sums to 1 when there are cells)
 * @param missingFeatureCells feature cells that were missing in the files and were filled
 * @param allTwoEraColumns (era, feature) pairs in which every value is 2: how Numerai's files, and
 *     this project's generators, mark a feature that is missing for a whole era
 * @param targets per-target NaN count and values
 * @param dataTypeRows rows per data type label ({@code train}, ...), types with rows only
 */
public record DataSummary(
        int rows,
        int eraCount,
        int firstEra,
        int lastEra,
        int minRowsPerEra,
        double medianRowsPerEra,
        int maxRowsPerEra,
        int featureCount,
        Map<String, Integer> featureSetSizes,
        List<String> groups,
        double[] valueShares,
        long missingFeatureCells,
        long allTwoEraColumns,
        List<TargetSummary> targets,
        Map<String, Integer> dataTypeRows) {

    /** How many distinct target values are listed at most. */
    public static final int MAX_LISTED_VALUES = 10;

    /**
     * Statistics of one target column.
     *
     * @param name the target name
     * @param nanCount rows where the target is NaN
     * @param values distinct non-NaN values, ascending, at most {@link #MAX_LISTED_VALUES} (when
     *     there are more, the first ones met in row order)
     * @param moreValues whether the column takes more distinct values than are listed
     */
    public record TargetSummary(String name, int nanCount, List<Float> values, boolean moreValues) {

        /** Compact constructor: copies the value list. */
        public TargetSummary {
            Objects.requireNonNull(name, "name");
            values = List.copyOf(values);
        }
    }

    /**
     * Computes the summary of a table.
     *
     * @param table the table
     * @param missingFeatureCells cells the reader filled (0 when unknown)
     * @return the summary
     */
    public static DataSummary of(EraTable table, long missingFeatureCells) {
        int[] eraSizes = new int[table.eraCount()];
        for (int e = 0; e < eraSizes.length; e++) {
            eraSizes[e] = table.eraSize(e);
        }
        Arrays.sort(eraSizes);
        int eras = eraSizes.length;
        Map<String, Integer> setSizes = new LinkedHashMap<>();
        table.featureSets().sets().forEach((name, features) -> setSizes.put(name, features.size()));
        List<TargetSummary> targets = new ArrayList<>();
        for (String target : table.targetNames()) {
            targets.add(summarizeTarget(target, table.target(target)));
        }
        return new DataSummary(
                table.rows(),
                eras,
                eras == 0 ? 0 : table.era(0),
                eras == 0 ? 0 : table.era(eras - 1),
                eras == 0 ? 0 : eraSizes[0],
                median(eraSizes),
                eras == 0 ? 0 : eraSizes[eras - 1],
                table.featureCount(),
                setSizes,
                table.featureSets().groups(),
                valueShares(table),
                missingFeatureCells,
                allTwoEraColumns(table),
                targets,
                dataTypeRows(table));
    }

    private static long allTwoEraColumns(EraTable table) {
        long count = 0;
        for (int f = 0; f < table.featureCount(); f++) {
            byte[] column = table.column(f);
            for (int e = 0; e < table.eraCount(); e++) {
                count += allTwo(column, table.eraStart(e), table.eraEnd(e)) ? 1 : 0;
            }
        }
        return count;
    }

    private static boolean allTwo(byte[] column, int start, int end) {
        for (int r = start; r < end; r++) {
            if (column[r] != 2) {
                return false;
            }
        }
        return end > start;
    }

    private static double median(int[] sorted) {
        int n = sorted.length;
        if (n == 0) {
            return 0;
        }
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }

    private static double[] valueShares(EraTable table) {
        long[] counts = new long[5];
        for (int f = 0; f < table.featureCount(); f++) {
            for (byte value : table.column(f)) {
                counts[value]++;
            }
        }
        long cells = (long) table.rows() * table.featureCount();
        double[] shares = new double[5];
        for (int v = 0; v < 5 && cells > 0; v++) {
            shares[v] = counts[v] / (double) cells;
        }
        return shares;
    }

    private static TargetSummary summarizeTarget(String name, float[] values) {
        float[] distinct = new float[MAX_LISTED_VALUES];
        int found = 0;
        boolean more = false;
        int nan = 0;
        for (float value : values) {
            if (Float.isNaN(value)) {
                nan++;
            } else if (!more && indexOf(distinct, found, value) < 0) {
                if (found == MAX_LISTED_VALUES) {
                    more = true;
                } else {
                    distinct[found++] = value;
                }
            }
        }
        float[] listed = Arrays.copyOf(distinct, found);
        Arrays.sort(listed);
        List<Float> list = new ArrayList<>(found);
        for (float value : listed) {
            list.add(value);
        }
        return new TargetSummary(name, nan, list, more);
    }

    private static int indexOf(float[] values, int count, float value) {
        for (int i = 0; i < count; i++) {
            if (values[i] == value) {
                return i;
            }
        }
        return -1;
    }

    private static Map<String, Integer> dataTypeRows(EraTable table) {
        Map<DataType, Integer> counts = new EnumMap<>(DataType.class);
        for (int r = 0; r < table.rows(); r++) {
            counts.merge(table.dataType(r), 1, Integer::sum);
        }
        Map<String, Integer> labelled = new LinkedHashMap<>();
        counts.forEach((type, count) -> labelled.put(type.label(), count));
        return labelled;
    }
}
