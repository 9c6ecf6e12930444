package dev.dynamos.heads;

import java.util.Arrays;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Numerai's per-era CORR for early stopping inside the heads package.
 *
 * <p>Steps per era, over rows with a finite target: 1. rank predictions with ties averaged and map
 * rank r to (r - 0.5) / n; 2. take the standard normal quantile and raise it to the power 1.5
 * keeping the sign; 3. centre the target on its era mean and raise it to the power 1.5 keeping the
 * sign; 4. Pearson correlation of the two. Source: numerai-tools' {@code numerai_corr}.
 *
 * <p>Known shortcoming: this is a second copy of CORR, kept so that the heads package depends on no
 * scoring code; the two must be kept in step until the heads call the scoring package.
 */
final class EraCorr {

    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(0, 1);

    private EraCorr() {}

    /**
     * Returns the mean per-era CORR over eras with at least two scored rows and non-constant
     * values, or NaN when no era qualifies.
     *
     * @param predictions one prediction per row, eras contiguous
     * @param target target per row, NaN where unknown
     * @param eraSizes rows of each era, in order
     */
    static double meanEraCorr(float[] predictions, float[] target, int[] eraSizes) {
        double sum = 0;
        int eras = 0;
        int start = 0;
        for (int size : eraSizes) {
            double corr = eraCorr(predictions, target, start, size);
            if (!Double.isNaN(corr)) {
                sum += corr;
                eras++;
            }
            start += size;
        }
        return eras == 0 ? Double.NaN : sum / eras;
    }

    private static double eraCorr(float[] predictions, float[] target, int start, int size) {
        int n = 0;
        double[] p = new double[size];
        double[] t = new double[size];
        for (int r = start; r < start + size; r++) {
            if (Float.isFinite(target[r])) {
                p[n] = predictions[r];
                t[n] = target[r];
                n++;
            }
        }
        if (n < 2) {
            return Double.NaN;
        }
        return pearson(gaussianizedPow15(Arrays.copyOf(p, n)), centredPow15(Arrays.copyOf(t, n)));
    }

    private static double[] gaussianizedPow15(double[] values) {
        double[] ranks = averageRanks(values);
        for (int i = 0; i < ranks.length; i++) {
            double quantile = (ranks[i] - 0.5) / ranks.length;
            ranks[i] = pow15(STANDARD_NORMAL.inverseCumulativeProbability(quantile));
        }
        return ranks;
    }

    private static double[] centredPow15(double[] values) {
        double mean = Arrays.stream(values).average().orElse(0);
        double[] result = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = pow15(values[i] - mean);
        }
        return result;
    }

    private static double pow15(double x) {
        return Math.signum(x) * Math.pow(Math.abs(x), 1.5);
    }

    /** Returns 1-based ranks with ties given their average rank. */
    static double[] averageRanks(double[] values) {
        int n = values.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
        double[] ranks = new double[n];
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && values[order[j + 1]] == values[order[i]]) {
                j++;
            }
            double average = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                ranks[order[k]] = average;
            }
            i = j + 1;
        }
        return ranks;
    }

    private static double pearson(double[] x, double[] y) {
        double mx = Arrays.stream(x).average().orElse(0);
        double my = Arrays.stream(y).average().orElse(0);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxx == 0 || syy == 0 ? Double.NaN : sxy / Math.sqrt(sxx * syy);
    }
}
