package dev.dynamos.heads;

import dev.dynamos.data.EraTable;
import java.util.Objects;
import java.util.Optional;

/**
 * The part of an era table a head fits on or predicts: whole eras, a subset of feature columns, and
 * optionally a per-era mask.
 *
 * <p>Rows are the rows of {@code eraIndices} in ascending era order. The model sees the columns
 * {@code features} (indices into the table), in that order. When {@code eraMask} is present, {@code
 * eraMask[e][j]} says whether feature {@code features[j]} is kept in era {@code eraIndices[e]}; a
 * dropped feature reads as the constant 2, Numerai's value for a missing feature, so it carries no
 * information about that era's rows.
 *
 * @param table the data
 * @param eraIndices eras of the slice, ascending
 * @param features column indices the model sees
 * @param eraMask optional per-era keep flags, one row per entry of {@code eraIndices}
 */
public record EraSlice(
        EraTable table, int[] eraIndices, int[] features, Optional<boolean[][]> eraMask) {

    /** Compact constructor: checks indices and mask shape. */
    public EraSlice {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(eraMask, "eraMask");
        for (int i = 0; i < eraIndices.length; i++) {
            Objects.checkIndex(eraIndices[i], table.eraCount());
            if (i > 0 && eraIndices[i] <= eraIndices[i - 1]) {
                throw new IllegalArgumentException(
                        "eraIndices must be ascending, got "
                                + eraIndices[i]
                                + " after "
                                + eraIndices[i - 1]);
            }
        }
        for (int f : features) {
            Objects.checkIndex(f, table.featureCount());
        }
        if (eraMask.isPresent()) {
            boolean[][] mask = eraMask.get();
            if (mask.length != eraIndices.length) {
                throw new IllegalArgumentException(
                        "eraMask has "
                                + mask.length
                                + " rows, expected one per era: "
                                + eraIndices.length);
            }
            for (boolean[] keep : mask) {
                if (keep.length != features.length) {
                    throw new IllegalArgumentException(
                            "eraMask row has "
                                    + keep.length
                                    + " entries, expected one per feature: "
                                    + features.length);
                }
            }
        }
    }

    /** Returns a slice of whole eras over the given features, without a mask. */
    public static EraSlice of(EraTable table, int[] eraIndices, int[] features) {
        return new EraSlice(table, eraIndices, features, Optional.empty());
    }

    /** Returns a slice of the given eras over every feature of the table, without a mask. */
    public static EraSlice allFeatures(EraTable table, int[] eraIndices) {
        int[] features = new int[table.featureCount()];
        for (int f = 0; f < features.length; f++) {
            features[f] = f;
        }
        return of(table, eraIndices, features);
    }

    /** Returns the number of rows in the slice. */
    public int rows() {
        int rows = 0;
        for (int e : eraIndices) {
            rows += table.eraSize(e);
        }
        return rows;
    }

    /**
     * Returns the slice's rows as a dense row-major float matrix (rows x features), applying the
     * mask, for handing to a native booster.
     */
    public float[] denseRowMajor() {
        int columns = features.length;
        float[] matrix = new float[Math.multiplyExact(rows(), columns)];
        int rowOffset = 0;
        for (int e = 0; e < eraIndices.length; e++) {
            int start = table.eraStart(eraIndices[e]);
            int size = table.eraSize(eraIndices[e]);
            boolean[] keep = eraMask.isPresent() ? eraMask.get()[e] : null;
            for (int j = 0; j < columns; j++) {
                byte[] column = table.column(features[j]);
                boolean masked = keep != null && !keep[j];
                for (int r = 0; r < size; r++) {
                    float value = masked ? 2f : column[start + r];
                    matrix[(rowOffset + r) * columns + j] = value;
                }
            }
            rowOffset += size;
        }
        return matrix;
    }

    /** Returns the named target over the slice's rows, in slice order. */
    public float[] target(String name) {
        float[] full = table.target(name);
        float[] result = new float[rows()];
        int offset = 0;
        for (int e : eraIndices) {
            int size = table.eraSize(e);
            System.arraycopy(full, table.eraStart(e), result, offset, size);
            offset += size;
        }
        return result;
    }

    /** Returns the feature names the model sees, in column order. */
    public String[] featureNames() {
        String[] names = new String[features.length];
        for (int j = 0; j < names.length; j++) {
            names[j] = table.featureName(features[j]);
        }
        return names;
    }
}
