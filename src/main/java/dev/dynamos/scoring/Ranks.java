package dev.dynamos.scoring;

import java.util.Arrays;

/**
 * Percentile ranks centred on 0.5, as numerai-tools' {@code rank}: {@code u = (rank - 0.5) / n}
 * over the non-NaN values, where ranks start at 1.
 *
 * <p>Two tie policies: tie-kept ranks give equal values their average rank (pandas {@code
 * method="average"}); tie-broken ranks order equal values by position (pandas {@code
 * method="first"}), which is the id order when the arrays are sorted by id. NaN stays NaN and does
 * not count in {@code n}. Zero and negative zero are the same value.
 */
public final class Ranks {

    private Ranks() {}

    /**
     * Returns tie-kept percentile ranks: equal values share their average rank.
     *
     * <ol>
     *   <li>Sort the non-NaN values.
     *   <li>For each value, find how many values are smaller ({@code lo}) and not larger ({@code
     *       hi}); its average rank is {@code (lo + 1 + hi) / 2}.
     *   <li>Return {@code (rank - 0.5) / n}, which equals {@code (lo + hi) / (2 n)}.
     * </ol>
     *
     * @param values any values, NaN allowed; not modified
     * @return one rank in (0, 1) per value, NaN where the value is NaN
     */
    public static double[] tieKeptRank(double[] values) {
        double[] sorted = sortedFinite(values);
        int n = sorted.length;
        double[] ranks = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            if (Double.isNaN(v)) {
                ranks[i] = Double.NaN;
                continue;
            }
            v += 0.0;
            int lo = lowerBound(sorted, n, v);
            int hi = upperBound(sorted, lo, n, v);
            ranks[i] = (double) (lo + hi) / (2.0 * n);
        }
        return ranks;
    }

    /**
     * Returns tie-broken percentile ranks: equal values are ranked in order of position.
     *
     * <ol>
     *   <li>Sort the non-NaN values.
     *   <li>The k-th occurrence (from 0, by position) of a value with {@code lo} smaller values
     *       gets rank {@code lo + k + 1}.
     *   <li>Return {@code (rank - 0.5) / n}.
     * </ol>
     *
     * @param values any values, NaN allowed; not modified
     * @return one rank in (0, 1) per value, NaN where the value is NaN
     */
    public static double[] tieBrokenRank(double[] values) {
        double[] sorted = sortedFinite(values);
        int n = sorted.length;
        int[] seen = new int[n];
        double[] ranks = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            if (Double.isNaN(v)) {
                ranks[i] = Double.NaN;
                continue;
            }
            int lo = lowerBound(sorted, n, v + 0.0);
            int rank = lo + seen[lo]++ + 1;
            ranks[i] = (rank - 0.5) / n;
        }
        return ranks;
    }

    /**
     * Copies the non-NaN values, turns negative zero into zero and sorts them ascending.
     *
     * @param values values, NaN allowed
     * @return the sorted non-NaN values
     */
    static double[] sortedFinite(double[] values) {
        double[] sorted = new double[values.length];
        int n = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                // Adding zero maps -0.0 to 0.0, so that the two rank as one value like in pandas.
                sorted[n++] = v + 0.0;
            }
        }
        Arrays.sort(sorted, 0, n);
        return n == sorted.length ? sorted : Arrays.copyOf(sorted, n);
    }

    /** Returns the first index in {@code sorted[0, n)} whose value is not below {@code v}. */
    static int lowerBound(double[] sorted, int n, double v) {
        int lo = 0;
        int hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Returns the first index in {@code sorted[from, n)} whose value is above {@code v}. */
    static int upperBound(double[] sorted, int from, int n, double v) {
        int lo = from;
        int hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
