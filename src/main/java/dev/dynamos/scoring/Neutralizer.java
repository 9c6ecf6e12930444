package dev.dynamos.scoring;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

/**
 * Removes from data columns the part that neutralizer columns explain linearly, as numerai-tools'
 * {@code neutralize}. Columns are given column-major: {@code values[column][row]}.
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
     *       rcond}); then {@code F̃ β = U_k U_kᵀ X} with {@code U_k} the kept left singular
     *       vectors, which is how it is computed here.
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

        double[][] basis = keptLeftSingularVectors(neutralizers, n);
        double[][] result = new double[columns.length][];
        for (int c = 0; c < columns.length; c++) {
            result[c] = neutralizeColumn(columns[c], basis, proportion);
        }
        return result;
    }

    private static double[] neutralizeColumn(double[] x, double[][] basis, double proportion) {
        double[] result = x.clone();
        if (isConstant(x)) {
            // numerai-tools blanks constant columns: they have nothing to neutralise.
            Arrays.fill(result, Double.NaN);
            return result;
        }
        for (double[] u : basis) {
            double scale = proportion * Stats.dot(u, x);
            for (int i = 0; i < result.length; i++) {
                result[i] -= scale * u[i];
            }
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

    /**
     * Returns the left singular vectors of {@code [neutralizers, 1]} whose singular values exceed
     * the cut-off, each of n rows.
     */
    static double[][] keptLeftSingularVectors(double[][] neutralizers, int n) {
        int width = neutralizers.length + 1;
        DMatrixRMaj design = new DMatrixRMaj(n, width);
        double[] data = design.data;
        for (int r = 0; r < n; r++) {
            int offset = r * width;
            for (int f = 0; f < neutralizers.length; f++) {
                data[offset + f] = neutralizers[f][r];
            }
            data[offset + width - 1] = 1.0;
        }
        SingularValueDecomposition_F64<DMatrixRMaj> svd =
                DecompositionFactory_DDRM.svd(n, width, true, false, true);
        if (!svd.decompose(design)) {
            throw new IllegalStateException(
                    "singular value decomposition of the "
                            + n
                            + " x "
                            + width
                            + " neutralizers"
                            + " did not converge");
        }
        return keptColumns(
                svd.getU(null, false), svd.getSingularValues(), svd.numberOfSingularValues());
    }

    private static double[][] keptColumns(DMatrixRMaj u, double[] singular, int count) {
        double largest = 0.0;
        for (int k = 0; k < count; k++) {
            largest = Math.max(largest, singular[k]);
        }
        int kept = 0;
        double[][] basis = new double[count][];
        for (int k = 0; k < count; k++) {
            if (singular[k] > SINGULAR_VALUE_CUTOFF * largest) {
                basis[kept++] = column(u, k);
            }
        }
        return Arrays.copyOf(basis, kept);
    }

    private static double[] column(DMatrixRMaj matrix, int k) {
        double[] column = new double[matrix.numRows];
        for (int r = 0; r < column.length; r++) {
            column[r] = matrix.unsafe_get(r, k);
        }
        return column;
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
