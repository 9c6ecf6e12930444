package dev.dynamos.data.prices;

/**
 * Ranks values within one era and maps ranks to Numerai's discrete levels: five equal-frequency
 * feature bins 0..4, and five target levels {0, 0.25, 0.5, 0.75, 1} holding 5%, 20%, 50%, 20% and
 * 5% of the era.
 *
 * <p>Ties share their average rank, so tied values always land in the same bin; {@code NaN} values
 * are left out of the ranking.
 */
public final class EraRanks {

    /** The bin given to a feature value that is {@code NaN} (the middle of 0..4, as in Numerai). */
    public static final byte MISSING_BIN = 2;

    /** Upper bounds of the rank fraction for target levels 0, 0.25, 0.5 and 0.75. */
    private static final double[] TARGET_BOUNDS = {0.05, 0.25, 0.75, 0.95};

    private static final int BINS = 5;

    private EraRanks() {}

    /**
     * Bins {@code values[from..to)} into five equal-frequency bins 0..4 written to {@code bins}.
     *
     * <p>Steps: 1. rank the present values (ties averaged); 2. bin = floor(5 * (rank + 0.5) / n);
     * 3. NaN values get {@link #MISSING_BIN}.
     *
     * @return the number of NaN values in the range
     */
    public static int binFive(double[] values, int from, int to, byte[] bins) {
        double[] ranks = averageRanks(values, from, to);
        int present = presentCount(values, from, to);
        for (int i = from; i < to; i++) {
            double rank = ranks[i - from];
            bins[i] =
                    Double.isNaN(rank)
                            ? MISSING_BIN
                            : (byte) Math.min(BINS - 1, (int) (BINS * (rank + 0.5) / present));
        }
        return (to - from) - present;
    }

    /**
     * Ranks {@code values[from..to)} into the five target levels written to {@code levels}.
     *
     * <p>Steps: 1. rank the present values (ties averaged); 2. fraction p = (rank + 0.5) / n; 3.
     * level 0 for p below 0.05, 0.25 below 0.25, 0.5 below 0.75, 0.75 below 0.95, else 1. NaN
     * values stay NaN.
     */
    public static void targetLevels(double[] values, int from, int to, float[] levels) {
        double[] ranks = averageRanks(values, from, to);
        int present = presentCount(values, from, to);
        for (int i = from; i < to; i++) {
            double rank = ranks[i - from];
            levels[i] = Double.isNaN(rank) ? Float.NaN : level((rank + 0.5) / present);
        }
    }

    private static float level(double fraction) {
        int level = 0;
        while (level < TARGET_BOUNDS.length && fraction >= TARGET_BOUNDS[level]) {
            level++;
        }
        return level / 4f;
    }

    /**
     * Returns the 0-based rank of each value of {@code values[from..to)} among the present ones,
     * ties averaged, NaN for NaN values; index 0 of the result is {@code from}.
     */
    static double[] averageRanks(double[] values, int from, int to) {
        int[] order = presentIndices(values, from, to);
        sortByValue(order, values);
        double[] ranks = new double[to - from];
        java.util.Arrays.fill(ranks, Double.NaN);
        int start = 0;
        while (start < order.length) {
            int end = start + 1;
            while (end < order.length && values[order[end]] == values[order[start]]) {
                end++;
            }
            double average = (start + end - 1) / 2.0;
            for (int k = start; k < end; k++) {
                ranks[order[k] - from] = average;
            }
            start = end;
        }
        return ranks;
    }

    private static int presentCount(double[] values, int from, int to) {
        return WindowStats.count(values, from, to);
    }

    private static int[] presentIndices(double[] values, int from, int to) {
        int[] indices = new int[presentCount(values, from, to)];
        int next = 0;
        for (int i = from; i < to; i++) {
            if (!Double.isNaN(values[i])) {
                indices[next++] = i;
            }
        }
        return indices;
    }

    /** Sorts indices by their values with a stable merge sort on primitives (no boxing). */
    private static void sortByValue(int[] indices, double[] values) {
        int[] buffer = new int[indices.length];
        for (int width = 1; width < indices.length; width *= 2) {
            for (int lo = 0; lo < indices.length - width; lo += 2 * width) {
                int mid = lo + width;
                int hi = Math.min(lo + 2 * width, indices.length);
                merge(indices, buffer, values, lo, mid, hi);
            }
        }
    }

    private static void merge(int[] a, int[] buffer, double[] values, int lo, int mid, int hi) {
        System.arraycopy(a, lo, buffer, lo, hi - lo);
        int i = lo;
        int j = mid;
        for (int k = lo; k < hi; k++) {
            if (j >= hi || (i < mid && values[buffer[i]] <= values[buffer[j]])) {
                a[k] = buffer[i++];
            } else {
                a[k] = buffer[j++];
            }
        }
    }
}
