package dev.dynamos.agent;

import java.util.Arrays;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Numerai's per-era CORR for the agent's reward.
 *
 * <ol>
 *   <li>rank the predictions (ties share their average rank), map rank r of n to (r - 0.5) / n;
 *   <li>gaussianize with the standard normal inverse CDF;
 *   <li>raise to the power 1.5 keeping the sign;
 *   <li>center the target, raise it to the power 1.5 keeping the sign;
 *   <li>Pearson correlation of the two.
 * </ol>
 *
 * <p>Source: Numerai's scoring documentation and numerai-tools' {@code numerai_corr}. A known
 * shortcoming: this duplicates the project's scoring package, which the agent should call instead
 * once both live on one branch.
 */
final class NumeraiCorr {

    private static final NormalDistribution NORMAL = new NormalDistribution(null, 0, 1);

    private NumeraiCorr() {}

    static double corr(float[] predictions, float[] target) {
        if (predictions.length != target.length) {
            throw new IllegalArgumentException(
                    "predictions has " + predictions.length + " rows, target " + target.length);
        }
        int[] known = knownRows(target);
        int n = known.length;
        if (n < 2) {
            return 0;
        }
        double[] p = new double[n];
        double[] t = new double[n];
        double targetMean = 0;
        for (int i = 0; i < n; i++) {
            p[i] = predictions[known[i]];
            t[i] = target[known[i]];
            targetMean += t[i] / n;
        }
        double[] gaussian = rankGaussianizePow15(p);
        for (int i = 0; i < n; i++) {
            t[i] = signedPow15(t[i] - targetMean);
        }
        return pearson(gaussian, t);
    }

    private static int[] knownRows(float[] target) {
        int count = 0;
        for (float v : target) {
            count += Float.isNaN(v) ? 0 : 1;
        }
        int[] rows = new int[count];
        int next = 0;
        for (int r = 0; r < target.length; r++) {
            if (!Float.isNaN(target[r])) {
                rows[next++] = r;
            }
        }
        return rows;
    }

    private static double[] rankGaussianizePow15(double[] values) {
        int n = values.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
        double[] result = new double[n];
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && values[order[j + 1]] == values[order[i]]) {
                j++;
            }
            double rank = (i + j) / 2.0 + 1;
            double z = NORMAL.inverseCumulativeProbability((rank - 0.5) / n);
            for (int k = i; k <= j; k++) {
                result[order[k]] = signedPow15(z);
            }
            i = j + 1;
        }
        return result;
    }

    private static double signedPow15(double x) {
        return Math.signum(x) * Math.pow(Math.abs(x), 1.5);
    }

    private static double pearson(double[] x, double[] y) {
        int n = x.length;
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += x[i] / n;
            my += y[i] / n;
        }
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : 0;
    }
}
