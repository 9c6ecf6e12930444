package dev.dynamos.experiment;

import java.util.Arrays;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Numerai's per-era CORR of predictions against a target, for experiment summaries.
 *
 * <p>Steps (Numerai's {@code numerai_corr}): 1. rank predictions with ties averaged and map rank
 * {@code k} of {@code n} to {@code (k - 0.5) / n}; 2. apply the standard normal quantile; 3. raise
 * to the power 1.5 keeping the sign; 4. centre the target and raise it to the power 1.5 the same
 * way; 5. return the Pearson correlation of the two.
 */
final class EraCorr {

    private static final NormalDistribution NORMAL = new NormalDistribution(null, 0, 1);

    private EraCorr() {}

    /**
     * Returns the CORR of one era's predictions against its target.
     *
     * @param predictions predictions; the era's are {@code n} values from {@code predictionStart}
     * @param predictionStart the era's first prediction
     * @param target target values; the era's are {@code n} values from {@code targetStart}, no NaN
     * @param targetStart the era's first target value
     * @param n rows in the era
     */
    static double corr(
            float[] predictions, int predictionStart, float[] target, int targetStart, int n) {
        double[] p = gaussianizedRanks(predictions, predictionStart, n);
        double[] t = new double[n];
        double mean = 0;
        for (int i = 0; i < n; i++) {
            mean += target[targetStart + i];
        }
        mean /= n;
        for (int i = 0; i < n; i++) {
            p[i] = pow15(p[i]);
            t[i] = pow15(target[targetStart + i] - mean);
        }
        return pearson(p, t);
    }

    private static double[] gaussianizedRanks(float[] values, int start, int n) {
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            int bits = Float.floatToIntBits(values[start + i]);
            int sortable = bits ^ ((bits >> 31) & 0x7fffffff);
            keys[i] = ((long) sortable << 32) | i;
        }
        Arrays.sort(keys);
        double[] result = new double[n];
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && (keys[j + 1] >> 32) == (keys[i] >> 32)) {
                j++;
            }
            // Ties share the average of ranks i+1..j+1.
            double uniform = ((i + j) / 2.0 + 1 - 0.5) / n;
            double gaussian = NORMAL.inverseCumulativeProbability(uniform);
            for (int k = i; k <= j; k++) {
                result[(int) keys[k]] = gaussian;
            }
            i = j + 1;
        }
        return result;
    }

    private static double pow15(double x) {
        return Math.signum(x) * Math.pow(Math.abs(x), 1.5);
    }

    private static double pearson(double[] x, double[] y) {
        double mx = 0;
        double my = 0;
        for (int i = 0; i < x.length; i++) {
            mx += x[i];
            my += y[i];
        }
        mx /= x.length;
        my /= y.length;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxx == 0 || syy == 0 ? 0 : sxy / Math.sqrt(sxx * syy);
    }
}
