package dev.dynamos.scoring;

import java.util.Arrays;

/**
 * Removes from data columns the part that neutralizer columns explain linearly, as numerai-tools'
 * {@code neutralize}. Columns are given column-major: {@code values[column][row]}.
 *
 * <p>Known shortcoming: the factorisation runs on one thread and costs about {@code 2 · rows ·
 * neutralizers²} operations per call, so neutralising one era against Numerai's roughly 2,700
 * features takes tens of seconds; a smaller feature set keeps FNC quick.
 */
public final class Neutralizer {

    /**
     * Singular values at or below this share of the largest are treated as zero: numerai-tools
     * passes {@code rcond=1e-6} to NumPy's least squares.
     */
    public static final double SINGULAR_VALUE_CUTOFF = 1e-6;

    private Neutralizer() {}

    /**
     * Returns one column neutralised against the neutralizers.
     *
     * @see #neutralize(double[][], double[][], double)
     */
    public static double[] neutralize(double[] column, double[][] neutralizers, double proportion) {
        return neutralize(new double[][] {column}, neutralizers, proportion)[0];
    }

    /**
     * Returns the data columns minus {@code proportion} times their least-squares fit on the
     * neutralizers and a constant.
     *
     * <ol>
     *   <li>Fail on NaN anywhere, naming the input, column and row.
     *   <li>A data column with zero variance becomes all NaN.
     *   <li>Append a column of ones to the neutralizers: {@code F̃}.
     *   <li>Solve {@code F̃ β ≈ X} by least squares, treating singular values at or below {@link
     *       #SINGULAR_VALUE_CUTOFF} of the largest as zero (NumPy's {@code lstsq} with {@code
     *       rcond}); {@code F̃ β = U_k U_kᵀ X} with {@code U_k} the kept left singular vectors,
     *       which is how it is computed here ({@link ColumnSpace}).
     *   <li>Return {@code X - proportion · F̃ β}.
     * </ol>
     *
     * @param columns data columns, each of n rows; not modified
     * @param neutralizers neutralizer columns, each of n rows (may be none); not modified
     * @param proportion how much of the fit to remove, usually in [0, 1]
     * @return neutralised copies of the data columns
     * @throws IllegalArgumentException on NaN or when column lengths differ
     */
    public static double[][] neutralize(
            double[][] columns, double[][] neutralizers, double proportion) {
        int n = columns.length == 0 ? 0 : columns[0].length;
        checkColumns("data", columns, n);
        checkColumns("neutralizer", neutralizers, n);

        ColumnSpace space = ColumnSpace.of(neutralizers, n);
        double[][] result = new double[columns.length][];
        for (int c = 0; c < columns.length; c++) {
            result[c] = neutralizeColumn(columns[c], space, proportion);
        }
        return result;
    }

    private static double[] neutralizeColumn(double[] x, ColumnSpace space, double proportion) {
        double[] result = x.clone();
        if (isConstant(x)) {
            // numerai-tools blanks constant columns: they have nothing to neutralise.
            Arrays.fill(result, Double.NaN);
            return result;
        }
        double[] fitted = space.project(x);
        for (int i = 0; i < result.length; i++) {
            result[i] -= proportion * fitted[i];
        }
        return result;
    }

    private static boolean isConstant(double[] x) {
        for (double v : x) {
            if (v != x[0]) {
                return false;
            }
        }
        return true;
    }

    private static void checkColumns(String kind, double[][] columns, int n) {
        for (int c = 0; c < columns.length; c++) {
            if (columns[c].length != n) {
                throw new IllegalArgumentException(
                        kind
                                + " column "
                                + c
                                + " has "
                                + columns[c].length
                                + " rows, expected "
                                + n);
            }
            for (int r = 0; r < n; r++) {
                if (Double.isNaN(columns[c][r])) {
                    throw new IllegalArgumentException(
                            kind
                                    + " column "
                                    + c
                                    + " holds NaN at row "
                                    + r
                                    + "; neutralisation needs complete data");
                }
            }
        }
    }
}
