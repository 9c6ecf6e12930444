package dev.dynamos.agent;

import dev.dynamos.data.EraTable;
import java.util.Arrays;
import java.util.Objects;

/**
 * Per-era, per-feature statistics computed once for a table: the feature's own distribution in the
 * era (mean, standard deviation, share of rows at 2, share at 0 or 4) and its Pearson correlation
 * with a target over the era's rows whose target is known.
 *
 * <p>Values are stored in primitive arrays indexed {@code era * features + feature}. A feature
 * takes only the values 0..4, so each era and column is one pass that counts rows per value and
 * sums the target per value; moments follow from the five counts.
 */
public final class EraStatistics {

    private static final int LEVELS = 5;

    private final int features;
    private final int eras;
    private final float[] mean;
    private final float[] std;
    private final float[] shareAtTwo;
    private final float[] shareAtExtremes;
    private final float[] correlation;

    private EraStatistics(int eras, int features) {
        this.eras = eras;
        this.features = features;
        int cells = Math.multiplyExact(eras, features);
        this.mean = new float[cells];
        this.std = new float[cells];
        this.shareAtTwo = new float[cells];
        this.shareAtExtremes = new float[cells];
        this.correlation = new float[cells];
    }

    /**
     * Computes the statistics of every era and feature of a table.
     *
     * @param table the data
     * @param target the target column correlated with each feature
     * @return the statistics; correlations are NaN for eras with fewer than two known targets or a
     *     constant feature
     */
    public static EraStatistics compute(EraTable table, String target) {
        Objects.requireNonNull(table, "table");
        float[] y = table.target(target);
        EraStatistics stats = new EraStatistics(table.eraCount(), table.featureCount());
        long[] count = new long[LEVELS];
        long[] knownCount = new long[LEVELS];
        double[] targetSum = new double[LEVELS];
        for (int e = 0; e < table.eraCount(); e++) {
            double[] targetMoments = targetMoments(y, table.eraStart(e), table.eraEnd(e));
            for (int f = 0; f < table.featureCount(); f++) {
                countLevels(table, e, f, y, count, knownCount, targetSum);
                stats.store(e * stats.features + f, count, knownCount, targetSum, targetMoments);
            }
        }
        return stats;
    }

    private static double[] targetMoments(float[] y, int start, int end) {
        double sum = 0;
        double sumSquares = 0;
        int known = 0;
        for (int r = start; r < end; r++) {
            if (!Float.isNaN(y[r])) {
                sum += y[r];
                sumSquares += (double) y[r] * y[r];
                known++;
            }
        }
        return new double[] {known, sum, sumSquares};
    }

    private static void countLevels(
            EraTable table,
            int era,
            int feature,
            float[] y,
            long[] count,
            long[] knownCount,
            double[] targetSum) {
        Arrays.fill(count, 0);
        Arrays.fill(knownCount, 0);
        Arrays.fill(targetSum, 0);
        byte[] column = table.column(feature);
        for (int r = table.eraStart(era); r < table.eraEnd(era); r++) {
            int level = column[r];
            count[level]++;
            if (!Float.isNaN(y[r])) {
                knownCount[level]++;
                targetSum[level] += y[r];
            }
        }
    }

    private void store(
            int cell, long[] count, long[] knownCount, double[] targetSum, double[] targetMoments) {
        double rows = 0;
        double sum = 0;
        double sumSquares = 0;
        for (int v = 0; v < LEVELS; v++) {
            rows += count[v];
            sum += v * (double) count[v];
            sumSquares += v * v * (double) count[v];
        }
        double m = sum / rows;
        mean[cell] = (float) m;
        std[cell] = (float) Math.sqrt(Math.max(0, sumSquares / rows - m * m));
        shareAtTwo[cell] = (float) (count[2] / rows);
        shareAtExtremes[cell] = (float) ((count[0] + count[4]) / rows);
        correlation[cell] = (float) pearson(knownCount, targetSum, targetMoments);
    }

    private static double pearson(long[] knownCount, double[] targetSum, double[] targetMoments) {
        double n = targetMoments[0];
        if (n < 2) {
            return Double.NaN;
        }
        double sumX = 0;
        double sumXx = 0;
        double sumXy = 0;
        for (int v = 0; v < LEVELS; v++) {
            sumX += v * (double) knownCount[v];
            sumXx += v * v * (double) knownCount[v];
            sumXy += v * targetSum[v];
        }
        double varX = sumXx - sumX * sumX / n;
        double varY = targetMoments[2] - targetMoments[1] * targetMoments[1] / n;
        if (varX <= 0 || varY <= 0) {
            return Double.NaN;
        }
        return (sumXy - sumX * targetMoments[1] / n) / Math.sqrt(varX * varY);
    }

    /** Returns the number of eras. */
    public int eraCount() {
        return eras;
    }

    /** Returns the number of features. */
    public int featureCount() {
        return features;
    }

    /** Returns the mean value (0..4) of a feature in an era. */
    public float mean(int era, int feature) {
        return mean[era * features + feature];
    }

    /** Returns the standard deviation of a feature's values in an era. */
    public float std(int era, int feature) {
        return std[era * features + feature];
    }

    /** Returns the share (0..1) of an era's rows where the feature is 2. */
    public float shareAtTwo(int era, int feature) {
        return shareAtTwo[era * features + feature];
    }

    /** Returns the share (0..1) of an era's rows where the feature is 0 or 4. */
    public float shareAtExtremes(int era, int feature) {
        return shareAtExtremes[era * features + feature];
    }

    /** Returns the Pearson correlation (-1..1, or NaN) of a feature with the target in an era. */
    public float correlation(int era, int feature) {
        return correlation[era * features + feature];
    }
}
