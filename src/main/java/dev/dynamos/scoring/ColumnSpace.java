package dev.dynamos.scoring;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

/**
 * The orthogonal projection onto the numerical column space of {@code F̃ = [neutralizers, 1]}: the
 * span of the left singular vectors whose singular values exceed {@link
 * Neutralizer#SINGULAR_VALUE_CUTOFF} times the largest. Projecting {@code x} gives {@code F̃ β}
 * with {@code β} NumPy's {@code lstsq(F̃, x, rcond)} solution.
 *
 * <p>For tall matrices (more rows than columns, the usual case) it factors {@code F̃ = Q R} by
 * Householder reflections on column arrays, then takes the SVD of the small {@code R}: {@code F̃ =
 * (Q U_R) S V_Rᵀ}, so the kept left singular vectors are {@code Q U_R,kept} and {@code Q} is never
 * formed. Otherwise it takes the SVD of {@code F̃} directly.
 */
final class ColumnSpace {

    private final int rows;
    private final double[][] reflectors;
    private final double[] betas;
    private final double[][] keptInR;
    private final double[][] keptBasis;

    private ColumnSpace(
            int rows,
            double[][] reflectors,
            double[] betas,
            double[][] keptInR,
            double[][] keptBasis) {
        this.rows = rows;
        this.reflectors = reflectors;
        this.betas = betas;
        this.keptInR = keptInR;
        this.keptBasis = keptBasis;
    }

    /**
     * Returns the projection for the given neutralizer columns plus a constant column.
     *
     * @param neutralizers columns of {@code rows} values each, no NaN; not modified
     * @param rows the number of rows
     */
    static ColumnSpace of(double[][] neutralizers, int rows) {
        int width = neutralizers.length + 1;
        double[][] columns = new double[width][];
        for (int f = 0; f < neutralizers.length; f++) {
            columns[f] = neutralizers[f].clone();
        }
        columns[width - 1] = new double[rows];
        Arrays.fill(columns[width - 1], 1.0);
        if (rows <= width) {
            return new ColumnSpace(rows, null, null, null, svdBasis(columns, rows));
        }
        double[] betas = new double[width];
        DMatrixRMaj r = householder(columns, betas);
        return new ColumnSpace(rows, columns, betas, keptLeftVectors(r), null);
    }

    /**
     * Returns the projection of {@code x} onto the column space.
     *
     * @param x a column of {@code rows} values; not modified
     */
    double[] project(double[] x) {
        if (keptBasis != null) {
            double[] result = new double[rows];
            for (double[] u : keptBasis) {
                double scale = Stats.dot(u, x);
                for (int i = 0; i < rows; i++) {
                    result[i] += scale * u[i];
                }
            }
            return result;
        }
        double[] w = x.clone();
        for (int j = 0; j < reflectors.length; j++) {
            reflect(j, w);
        }
        double[] top = projectInR(w);
        double[] result = new double[rows];
        System.arraycopy(top, 0, result, 0, top.length);
        for (int j = reflectors.length - 1; j >= 0; j--) {
            reflect(j, result);
        }
        return result;
    }

    /** Returns {@code U_kept U_keptᵀ w[0, width)}, the projection inside R's coordinates. */
    private double[] projectInR(double[] w) {
        int width = reflectors.length;
        double[] top = new double[width];
        for (double[] u : keptInR) {
            double scale = 0.0;
            for (int i = 0; i < width; i++) {
                scale += u[i] * w[i];
            }
            for (int i = 0; i < width; i++) {
                top[i] += scale * u[i];
            }
        }
        return top;
    }

    /** Applies reflector {@code j}, {@code I - β v vᵀ} on rows {@code j..n}, to {@code y}. */
    private void reflect(int j, double[] y) {
        double beta = betas[j];
        if (beta == 0.0) {
            return;
        }
        double[] v = reflectors[j];
        double dot = 0.0;
        for (int i = j; i < rows; i++) {
            dot += v[i] * y[i];
        }
        double scale = beta * dot;
        for (int i = j; i < rows; i++) {
            y[i] -= scale * v[i];
        }
    }

    /**
     * Factors the columns in place: afterwards {@code columns[j][j..n)} holds reflector {@code j}
     * and {@code betas[j]} its scale; returns the upper-triangular {@code R}.
     */
    private static DMatrixRMaj householder(double[][] columns, double[] betas) {
        int width = columns.length;
        int n = columns[0].length;
        DMatrixRMaj r = new DMatrixRMaj(width, width);
        for (int j = 0; j < width; j++) {
            double[] v = columns[j];
            double norm = 0.0;
            for (int i = j; i < n; i++) {
                norm += v[i] * v[i];
            }
            norm = Math.sqrt(norm);
            // Reflect onto -sign(v_j)·|v| so that v_j - alpha does not cancel.
            double alpha = v[j] >= 0 ? -norm : norm;
            // A zero column needs no reflection; its row of R is the other columns' entries.
            betas[j] = norm == 0.0 ? 0.0 : 1.0 / (-alpha * (v[j] - alpha));
            if (norm != 0.0) {
                v[j] -= alpha;
            }
            r.set(j, j, alpha);
            for (int l = j + 1; l < width; l++) {
                reflectColumn(v, betas[j], columns[l], j);
                r.set(j, l, columns[l][j]);
            }
        }
        return r;
    }

    private static void reflectColumn(double[] v, double beta, double[] a, int from) {
        if (beta == 0.0) {
            return;
        }
        double dot = 0.0;
        for (int i = from; i < a.length; i++) {
            dot += v[i] * a[i];
        }
        double scale = beta * dot;
        for (int i = from; i < a.length; i++) {
            a[i] -= scale * v[i];
        }
    }

    /** Returns the left singular vectors of {@code R} whose singular values pass the cut-off. */
    private static double[][] keptLeftVectors(DMatrixRMaj r) {
        SingularValueDecomposition_F64<DMatrixRMaj> svd =
                DecompositionFactory_DDRM.svd(r.numRows, r.numCols, true, false, true);
        decompose(svd, r);
        return keptColumns(
                svd.getU(null, false), svd.getSingularValues(), svd.numberOfSingularValues());
    }

    private static double[][] svdBasis(double[][] columns, int n) {
        int width = columns.length;
        DMatrixRMaj design = new DMatrixRMaj(n, width);
        for (int row = 0; row < n; row++) {
            for (int c = 0; c < width; c++) {
                design.unsafe_set(row, c, columns[c][row]);
            }
        }
        SingularValueDecomposition_F64<DMatrixRMaj> svd =
                DecompositionFactory_DDRM.svd(n, width, true, false, true);
        decompose(svd, design);
        return keptColumns(
                svd.getU(null, false), svd.getSingularValues(), svd.numberOfSingularValues());
    }

    private static void decompose(SingularValueDecomposition_F64<DMatrixRMaj> svd, DMatrixRMaj m) {
        if (!svd.decompose(m)) {
            throw new IllegalStateException(
                    "singular value decomposition of a "
                            + m.numRows
                            + " x "
                            + m.numCols
                            + " matrix did not converge");
        }
    }

    private static double[][] keptColumns(DMatrixRMaj u, double[] singular, int count) {
        double largest = 0.0;
        for (int k = 0; k < count; k++) {
            largest = Math.max(largest, singular[k]);
        }
        int kept = 0;
        double[][] basis = new double[count][];
        for (int k = 0; k < count; k++) {
            if (singular[k] > Neutralizer.SINGULAR_VALUE_CUTOFF * largest) {
                double[] column = new double[u.numRows];
                for (int row = 0; row < column.length; row++) {
                    column[row] = u.unsafe_get(row, k);
                }
                basis[kept++] = column;
            }
        }
        return Arrays.copyOf(basis, kept);
    }
}
