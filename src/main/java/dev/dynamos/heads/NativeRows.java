package dev.dynamos.heads;

import java.util.Arrays;

/**
 * A slice's rows as the dense row-major float matrix the native boosters take, with labels, after
 * dropping the rows whose target is NaN.
 *
 * @param matrix rows x columns values, row-major
 * @param labels one target per row
 * @param rows number of rows kept
 * @param columns number of feature columns
 */
record NativeRows(float[] matrix, float[] labels, int rows, int columns) {

    /**
     * Exports a slice for fitting: every row with a known target, in slice order.
     *
     * @param slice rows and features to export
     * @param target target column name
     * @return the matrix and labels
     * @throws IllegalArgumentException when no row has a known target
     */
    static NativeRows forFit(EraSlice slice, String target) {
        float[] labels = slice.target(target);
        float[] matrix = slice.denseRowMajor();
        int columns = slice.features().length;
        int kept = 0;
        for (int r = 0; r < labels.length; r++) {
            if (Float.isNaN(labels[r])) {
                continue;
            }
            if (kept != r) {
                // Compact in place: the matrix is ours, and rows only move towards the front.
                System.arraycopy(matrix, r * columns, matrix, kept * columns, columns);
                labels[kept] = labels[r];
            }
            kept++;
        }
        if (kept == 0) {
            throw new IllegalArgumentException(
                    "target '" + target + "' is NaN on every one of " + labels.length + " rows");
        }
        if (kept == labels.length) {
            return new NativeRows(matrix, labels, kept, columns);
        }
        return new NativeRows(
                Arrays.copyOf(matrix, kept * columns), Arrays.copyOf(labels, kept), kept, columns);
    }

    /** Exports every row of a slice for prediction; labels are empty. */
    static NativeRows forPredict(EraSlice slice) {
        return new NativeRows(
                slice.denseRowMajor(), new float[0], slice.rows(), slice.features().length);
    }
}
