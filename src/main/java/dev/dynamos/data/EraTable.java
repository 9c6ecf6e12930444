package dev.dynamos.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Numerai rows held in memory, grouped by era: ids, eras, data types, features and targets.
 *
 * <p>Rows are sorted by era (as integers, stable within an era), so era {@code e} occupies rows
 * {@code eraStart(e)} (inclusive) to {@code eraEnd(e)} (exclusive). Features are stored column by
 * column, one byte per value in 0..4, so selecting a subset of columns copies nothing and the
 * payload is exactly one byte per feature value. Targets are floats with {@code NaN} where unknown.
 *
 * <p>The table is immutable by contract: the arrays returned by {@link #column} and {@link #target}
 * are the table's own and must not be modified.
 */
public final class EraTable {

    private final String[] ids;
    private final int[] eras;
    private final int[] eraStart;
    private final byte[] dataTypes;
    private final String[] featureNames;
    private final byte[][] features;
    private final String[] targetNames;
    private final float[][] targets;
    private final FeatureSets featureSets;
    private final Map<String, Integer> featureIndex;

    /**
     * Creates a table from rows that are already sorted by era.
     *
     * @param ids row ids, unique within an era
     * @param eraOfRow era number of each row, non-decreasing
     * @param dataTypes data type of each row
     * @param featureNames feature column names
     * @param features one byte column per feature, each of length rows, values 0..4
     * @param targetNames target column names
     * @param targets one float column per target, NaN where unknown
     * @param featureSets named feature sets over these features
     */
    public EraTable(
            String[] ids,
            int[] eraOfRow,
            DataType[] dataTypes,
            List<String> featureNames,
            byte[][] features,
            List<String> targetNames,
            float[][] targets,
            FeatureSets featureSets) {
        int rows = ids.length;
        checkLength("eraOfRow", eraOfRow.length, rows);
        checkLength("dataTypes", dataTypes.length, rows);
        checkLength("features", features.length, featureNames.size());
        checkLength("targets", targets.length, targetNames.size());
        for (int f = 0; f < features.length; f++) {
            checkLength("feature column " + featureNames.get(f), features[f].length, rows);
        }
        for (int t = 0; t < targets.length; t++) {
            checkLength("target column " + targetNames.get(t), targets[t].length, rows);
        }
        this.ids = ids;
        this.dataTypes = new byte[rows];
        for (int r = 0; r < rows; r++) {
            this.dataTypes[r] = (byte) dataTypes[r].ordinal();
        }
        this.featureNames = featureNames.toArray(String[]::new);
        this.features = features;
        this.targetNames = targetNames.toArray(String[]::new);
        this.targets = targets;
        this.featureSets = Objects.requireNonNull(featureSets, "featureSets");
        this.featureIndex = indexOf(this.featureNames);
        int[][] ranges = eraRanges(eraOfRow);
        this.eras = ranges[0];
        this.eraStart = ranges[1];
    }

    private EraTable(EraTable base, String[] featureNames, byte[][] features, FeatureSets sets) {
        this.ids = base.ids;
        this.eras = base.eras;
        this.eraStart = base.eraStart;
        this.dataTypes = base.dataTypes;
        this.featureNames = featureNames;
        this.features = features;
        this.targetNames = base.targetNames;
        this.targets = base.targets;
        this.featureSets = sets;
        this.featureIndex = indexOf(featureNames);
    }

    /**
     * Creates a table from rows in any order, sorting them stably by era number.
     *
     * @return the sorted table; arguments are not modified
     * @see #EraTable(String[], int[], DataType[], List, byte[][], List, float[][], FeatureSets)
     */
    public static EraTable sortedByEra(
            String[] ids,
            int[] eraOfRow,
            DataType[] dataTypes,
            List<String> featureNames,
            byte[][] features,
            List<String> targetNames,
            float[][] targets,
            FeatureSets featureSets) {
        int[] order = stableOrderByEra(eraOfRow);
        if (isIdentity(order)) {
            return new EraTable(
                    ids,
                    eraOfRow,
                    dataTypes,
                    featureNames,
                    features,
                    targetNames,
                    targets,
                    featureSets);
        }
        String[] sortedIds = new String[ids.length];
        int[] sortedEras = new int[ids.length];
        DataType[] sortedTypes = new DataType[ids.length];
        for (int r = 0; r < order.length; r++) {
            sortedIds[r] = ids[order[r]];
            sortedEras[r] = eraOfRow[order[r]];
            sortedTypes[r] = dataTypes[order[r]];
        }
        byte[][] sortedFeatures = new byte[features.length][];
        for (int f = 0; f < features.length; f++) {
            sortedFeatures[f] = permute(features[f], order);
        }
        float[][] sortedTargets = new float[targets.length][];
        for (int t = 0; t < targets.length; t++) {
            sortedTargets[t] = permute(targets[t], order);
        }
        return new EraTable(
                sortedIds,
                sortedEras,
                sortedTypes,
                featureNames,
                sortedFeatures,
                targetNames,
                sortedTargets,
                featureSets);
    }

    /** Returns the number of rows. */
    public int rows() {
        return ids.length;
    }

    /** Returns the number of distinct eras. */
    public int eraCount() {
        return eras.length;
    }

    /** Returns the era number (such as 575 for era {@code "0575"}) at an era index. */
    public int era(int eraIndex) {
        return eras[eraIndex];
    }

    /** Returns a copy of all era numbers in ascending order. */
    public int[] eraNumbers() {
        return eras.clone();
    }

    /** Returns the first row of the era at {@code eraIndex}. */
    public int eraStart(int eraIndex) {
        return eraStart[eraIndex];
    }

    /** Returns one past the last row of the era at {@code eraIndex}. */
    public int eraEnd(int eraIndex) {
        return eraStart[eraIndex + 1];
    }

    /** Returns the number of rows in the era at {@code eraIndex}. */
    public int eraSize(int eraIndex) {
        return eraStart[eraIndex + 1] - eraStart[eraIndex];
    }

    /** Returns the index of an era number, or empty when the table has no such era. */
    public Optional<Integer> eraIndexOf(int eraNumber) {
        int found = Arrays.binarySearch(eras, eraNumber);
        return found >= 0 ? Optional.of(found) : Optional.empty();
    }

    /** Returns the era index a row belongs to. */
    public int eraIndexOfRow(int row) {
        Objects.checkIndex(row, ids.length);
        int found = Arrays.binarySearch(eraStart, row);
        if (found >= 0) {
            while (found + 1 < eraStart.length && eraStart[found + 1] == row) {
                found++;
            }
            return found;
        }
        return -found - 2;
    }

    /** Returns the id of a row. */
    public String id(int row) {
        return ids[row];
    }

    /** Returns the data type of a row. */
    public DataType dataType(int row) {
        return DataType.values()[dataTypes[row]];
    }

    /** Returns the number of feature columns. */
    public int featureCount() {
        return features.length;
    }

    /** Returns the feature names in column order. */
    public List<String> featureNames() {
        return List.of(featureNames);
    }

    /** Returns the name of feature column {@code f}. */
    public String featureName(int f) {
        return featureNames[f];
    }

    /** Returns the column index of a feature, or empty when it is not loaded. */
    public Optional<Integer> featureIndex(String name) {
        return Optional.ofNullable(featureIndex.get(name));
    }

    /** Returns feature column {@code f}: one value in 0..4 per row; do not modify. */
    public byte[] column(int f) {
        return features[f];
    }

    /** Returns the loaded target names. */
    public List<String> targetNames() {
        return List.of(targetNames);
    }

    /** Returns whether the table holds the named target. */
    public boolean hasTarget(String name) {
        return Arrays.asList(targetNames).contains(name);
    }

    /**
     * Returns the named target column (NaN where unknown); do not modify.
     *
     * @throws IllegalArgumentException when the target is not loaded
     */
    public float[] target(String name) {
        int index = Arrays.asList(targetNames).indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException(
                    "target '"
                            + name
                            + "' is not loaded; loaded: "
                            + String.join(", ", targetNames));
        }
        return targets[index];
    }

    /** Returns the feature sets over the loaded features. */
    public FeatureSets featureSets() {
        return featureSets;
    }

    /**
     * Returns a table with only the named features, sharing the column arrays (no copy).
     *
     * @param names features to keep, in the order wanted
     * @throws IllegalArgumentException when a name is not loaded
     */
    public EraTable selectFeatures(List<String> names) {
        byte[][] kept = new byte[names.size()][];
        for (int i = 0; i < names.size(); i++) {
            Integer f = featureIndex.get(names.get(i));
            if (f == null) {
                throw new IllegalArgumentException("feature '" + names.get(i) + "' is not loaded");
            }
            kept[i] = features[f];
        }
        return new EraTable(
                this, names.toArray(String[]::new), kept, featureSets.restrictTo(names));
    }

    /**
     * Returns a copy holding only the given eras, in ascending era order.
     *
     * @param eraIndices indices of eras to keep (any order, no duplicates)
     */
    public EraTable selectEras(int[] eraIndices) {
        int[] sorted = eraIndices.clone();
        Arrays.sort(sorted);
        int rows = 0;
        for (int e : sorted) {
            rows += eraSize(e);
        }
        int[] rowIndex = new int[rows];
        int next = 0;
        for (int e : sorted) {
            for (int r = eraStart(e); r < eraEnd(e); r++) {
                rowIndex[next++] = r;
            }
        }
        return selectRows(rowIndex);
    }

    /**
     * Returns a copy holding only rows of the given data types.
     *
     * @param types data types to keep
     */
    public EraTable selectDataTypes(Set<DataType> types) {
        int count = 0;
        for (byte code : dataTypes) {
            if (types.contains(DataType.values()[code])) {
                count++;
            }
        }
        int[] rowIndex = new int[count];
        int next = 0;
        for (int r = 0; r < dataTypes.length; r++) {
            if (types.contains(DataType.values()[dataTypes[r]])) {
                rowIndex[next++] = r;
            }
        }
        return selectRows(rowIndex);
    }

    /**
     * Returns a copy holding the given rows, which must be in non-decreasing era order.
     *
     * @param rowIndex rows to keep
     */
    public EraTable selectRows(int[] rowIndex) {
        String[] newIds = new String[rowIndex.length];
        int[] newEras = new int[rowIndex.length];
        DataType[] newTypes = new DataType[rowIndex.length];
        for (int i = 0; i < rowIndex.length; i++) {
            int r = rowIndex[i];
            newIds[i] = ids[r];
            newEras[i] = eras[eraIndexOfRow(r)];
            newTypes[i] = dataType(r);
        }
        byte[][] newFeatures = new byte[features.length][];
        for (int f = 0; f < features.length; f++) {
            newFeatures[f] = permute(features[f], rowIndex);
        }
        float[][] newTargets = new float[targets.length][];
        for (int t = 0; t < targets.length; t++) {
            newTargets[t] = permute(targets[t], rowIndex);
        }
        return new EraTable(
                newIds,
                newEras,
                newTypes,
                List.of(featureNames),
                newFeatures,
                List.of(targetNames),
                newTargets,
                featureSets);
    }

    /**
     * Concatenates tables with the same features and targets (for example train, validation and
     * live parts) and sorts the result by era.
     *
     * @param parts tables to join
     * @throws IllegalArgumentException when feature or target names differ
     */
    public static EraTable concat(List<EraTable> parts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("concat needs at least one table");
        }
        EraTable first = parts.get(0);
        int rows = 0;
        for (EraTable part : parts) {
            if (!Arrays.equals(part.featureNames, first.featureNames)
                    || !Arrays.equals(part.targetNames, first.targetNames)) {
                throw new IllegalArgumentException(
                        "tables to join must have the same features and targets");
            }
            rows += part.rows();
        }
        String[] ids = new String[rows];
        int[] eraOfRow = new int[rows];
        DataType[] types = new DataType[rows];
        byte[][] features = new byte[first.features.length][rows];
        float[][] targets = new float[first.targets.length][rows];
        int offset = 0;
        for (EraTable part : parts) {
            for (int r = 0; r < part.rows(); r++) {
                ids[offset + r] = part.ids[r];
                eraOfRow[offset + r] = part.eras[part.eraIndexOfRow(r)];
                types[offset + r] = part.dataType(r);
            }
            for (int f = 0; f < features.length; f++) {
                System.arraycopy(part.features[f], 0, features[f], offset, part.rows());
            }
            for (int t = 0; t < targets.length; t++) {
                System.arraycopy(part.targets[t], 0, targets[t], offset, part.rows());
            }
            offset += part.rows();
        }
        return sortedByEra(
                ids,
                eraOfRow,
                types,
                first.featureNames(),
                features,
                first.targetNames(),
                targets,
                first.featureSets);
    }

    /** Returns the bytes held by feature values and targets (ids excluded). */
    public long payloadBytes() {
        return (long) rows() * featureCount() + 4L * rows() * targets.length;
    }

    private static void checkLength(String what, int actual, int expected) {
        if (actual != expected) {
            throw new IllegalArgumentException(
                    what + " has length " + actual + ", expected " + expected);
        }
    }

    private static Map<String, Integer> indexOf(String[] names) {
        Map<String, Integer> index = new HashMap<>(names.length * 2);
        for (int i = 0; i < names.length; i++) {
            if (index.put(names[i], i) != null) {
                throw new IllegalArgumentException("feature '" + names[i] + "' appears twice");
            }
        }
        return index;
    }

    private static int[][] eraRanges(int[] eraOfRow) {
        List<Integer> distinct = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        for (int r = 0; r < eraOfRow.length; r++) {
            if (r > 0 && eraOfRow[r] < eraOfRow[r - 1]) {
                throw new IllegalArgumentException(
                        "rows are not sorted by era at row "
                                + r
                                + ": era "
                                + eraOfRow[r]
                                + " after "
                                + eraOfRow[r - 1]);
            }
            if (r == 0 || eraOfRow[r] != eraOfRow[r - 1]) {
                distinct.add(eraOfRow[r]);
                starts.add(r);
            }
        }
        int[] eras = distinct.stream().mapToInt(Integer::intValue).toArray();
        int[] start = new int[eras.length + 1];
        for (int i = 0; i < eras.length; i++) {
            start[i] = starts.get(i);
        }
        start[eras.length] = eraOfRow.length;
        return new int[][] {eras, start};
    }

    private static int[] stableOrderByEra(int[] eraOfRow) {
        Integer[] boxedOrder = new Integer[eraOfRow.length];
        for (int i = 0; i < boxedOrder.length; i++) {
            boxedOrder[i] = i;
        }
        // Boxed sort runs once per load; Arrays.sort on objects is stable, which keeps file order
        // within an era.
        Arrays.sort(boxedOrder, (a, b) -> Integer.compare(eraOfRow[a], eraOfRow[b]));
        int[] order = new int[eraOfRow.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = boxedOrder[i];
        }
        return order;
    }

    private static boolean isIdentity(int[] order) {
        for (int i = 0; i < order.length; i++) {
            if (order[i] != i) {
                return false;
            }
        }
        return true;
    }

    private static byte[] permute(byte[] values, int[] order) {
        byte[] result = new byte[order.length];
        for (int i = 0; i < order.length; i++) {
            result[i] = values[order[i]];
        }
        return result;
    }

    private static float[] permute(float[] values, int[] order) {
        float[] result = new float[order.length];
        for (int i = 0; i < order.length; i++) {
            result[i] = values[order[i]];
        }
        return result;
    }
}
