package dev.dynamos.data.synth;

import java.util.Arrays;

/**
 * Turns one era's continuous values into Numerai's discrete levels by rank: five equal-frequency
 * feature bins, and the main target's five levels with proportions 5%, 20%, 50%, 20%, 5%.
 *
 * <p>Ties (rare: values are compared as floats) are broken by row order; rows are generated in
 * random order, so this is a random tie break.
 */
public final class EraRanking {

    /** Numerai's target levels, lowest first. */
    public static final float[] TARGET_LEVELS = {0f, 0.25f, 0.5f, 0.75f, 1f};

    /** Cumulative share of rows at or below each target level: 5%, 25%, 75%, 95%, 100%. */
    private static final double[] TARGET_CUMULATIVE = {0.05, 0.25, 0.75, 0.95, 1.0};

    private static final int BINS = 5;

    private EraRanking() {}

    /**
     * Returns the row order of values ascending, ties by position.
     *
     * @param values one era's values (no NaN)
     * @param n how many values to order
     * @param keys a buffer of at least {@code values.length} entries, overwritten
     * @return {@code keys}, whose low 32 bits now hold row positions in ascending value order
     */
    static long[] order(double[] values, int n, long[] keys) {
        for (int r = 0; r < n; r++) {
            int bits = Float.floatToIntBits((float) values[r]);
            // Flip the magnitude bits of negatives so that signed int order equals float order.
            int sortable = bits ^ ((bits >> 31) & 0x7fffffff);
            keys[r] = ((long) sortable << 32) | r;
        }
        Arrays.sort(keys, 0, n);
        return keys;
    }

    /**
     * Writes equal-frequency bins 0..4 of an era's values: the row of rank {@code i} (0-based) of
     * {@code n} gets bin {@code floor(5 i / n)}, so each bin holds {@code n/5} rows, up to one.
     *
     * <p>Finds the four bin edges by selection rather than a full sort; when values tie at an edge
     * it falls back to sorting, which breaks the tie by row order.
     *
     * @param values the era's values, first {@code n} used
     * @param n rows in the era
     * @param scratch a buffer of at least {@code n} values, overwritten
     * @param keys a sort buffer of at least {@code n} entries, overwritten
     * @param out destination column
     * @param offset the era's first row in {@code out}
     */
    public static void binEqualFrequency(
            double[] values, int n, double[] scratch, long[] keys, byte[] out, int offset) {
        System.arraycopy(values, 0, scratch, 0, n);
        double[] edges = new double[BINS - 1];
        int from = 0;
        for (int b = 1; b < BINS; b++) {
            int lastOfPrevious = firstRankOfBin(b, n) - 1;
            edges[b - 1] = select(scratch, from, n - 1, lastOfPrevious);
            from = lastOfPrevious + 1;
        }

        int[] counts = new int[BINS];
        for (int r = 0; r < n; r++) {
            int bin = 0;
            while (bin < BINS - 1 && values[r] > edges[bin]) {
                bin++;
            }
            out[offset + r] = (byte) bin;
            counts[bin]++;
        }

        if (!hasEqualFrequency(counts, n)) {
            binBySort(values, n, keys, out, offset);
        }
    }

    private static void binBySort(double[] values, int n, long[] keys, byte[] out, int offset) {
        order(values, n, keys);
        for (int i = 0; i < n; i++) {
            out[offset + (int) keys[i]] = (byte) ((long) i * BINS / n);
        }
    }

    /** Returns the first rank (0-based) of bin {@code b}: {@code ceil(b n / 5)}. */
    static int firstRankOfBin(int b, int n) {
        return (int) (((long) b * n + BINS - 1) / BINS);
    }

    private static boolean hasEqualFrequency(int[] counts, int n) {
        for (int b = 0; b < BINS; b++) {
            if (counts[b] != firstRankOfBin(b + 1, n) - firstRankOfBin(b, n)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns the value of rank {@code k} within {@code a[lo..hi]}, partially ordering that range
     * so that smaller values lie before position {@code k} and larger after (quickselect).
     */
    static double select(double[] a, int lo, int hi, int k) {
        while (lo < hi) {
            double pivot = medianOfThree(a[lo], a[(lo + hi) >>> 1], a[hi]);
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    double swap = a[i];
                    a[i++] = a[j];
                    a[j--] = swap;
                }
            }
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                return a[k];
            }
        }
        return a[k];
    }

    private static double medianOfThree(double x, double y, double z) {
        return Math.max(Math.min(x, y), Math.min(Math.max(x, y), z));
    }

    /**
     * Returns how many rows of an era of {@code n} get each target level: differences of the
     * rounded cumulative counts {@code round(n * 0.05), round(n * 0.25), round(n * 0.75), round(n *
     * 0.95), n}.
     */
    public static int[] targetLevelCounts(int n) {
        int[] counts = new int[TARGET_LEVELS.length];
        int below = 0;
        for (int level = 0; level < counts.length; level++) {
            int cumulative = (int) Math.round(n * TARGET_CUMULATIVE[level]);
            counts[level] = cumulative - below;
            below = cumulative;
        }
        return counts;
    }

    /**
     * Writes an era's target levels by rank of the raw values, in the counts of {@link
     * #targetLevelCounts}.
     *
     * @param values the era's raw target values, first {@code n} used
     * @param n rows in the era
     * @param keys a sort buffer of at least {@code n} entries
     * @param out destination column
     * @param offset the era's first row in {@code out}
     */
    public static void rankTargetLevels(
            double[] values, int n, long[] keys, float[] out, int offset) {
        order(values, n, keys);
        int[] counts = targetLevelCounts(n);
        int i = 0;
        for (int level = 0; level < counts.length; level++) {
            for (int c = 0; c < counts[level]; c++) {
                out[offset + (int) keys[i++]] = TARGET_LEVELS[level];
            }
        }
    }
}
