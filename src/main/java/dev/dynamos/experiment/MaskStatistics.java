package dev.dynamos.experiment;

/**
 * Summaries of per-era score differences and per-era keep masks that the scoring package's {@link
 * dev.dynamos.scoring.EraSummary} does not give. Each function is pure and leaves its input
 * unchanged; an undefined value (no eras, too few eras) comes back as NaN for the caller to show as
 * n/a.
 */
public final class MaskStatistics {

    private MaskStatistics() {}

    /** Returns the arithmetic mean, or NaN for no values. */
    public static double mean(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.length;
    }

    /** Returns the sample standard deviation (ddof 1), or NaN for fewer than two values. */
    public static double stdSample(double[] values) {
        if (values.length < 2) {
            return Double.NaN;
        }
        return Math.sqrt(sumOfSquaredDeviations(values) / (values.length - 1));
    }

    private static double sumOfSquaredDeviations(double[] values) {
        double mean = mean(values);
        double sum = 0;
        for (double value : values) {
            sum += (value - mean) * (value - mean);
        }
        return sum;
    }

    /**
     * Returns the mean over eras of the share of features kept.
     *
     * @param keep keep flags, one row per era, one column per feature
     * @return keep ratio in [0, 1], NaN for no eras or no features
     */
    public static double meanKeepRatio(boolean[][] keep) {
        double sum = 0;
        for (boolean[] era : keep) {
            sum += (double) count(era) / era.length;
        }
        return keep.length == 0 ? Double.NaN : sum / keep.length;
    }

    /**
     * Returns the mask stability: the mean Jaccard index of consecutive eras' kept sets; 1 for a
     * mask that never changes.
     *
     * @param keep keep flags, one row per era in era order
     * @return stability in [0, 1], NaN for fewer than two eras
     */
    public static double maskStability(boolean[][] keep) {
        if (keep.length < 2) {
            return Double.NaN;
        }
        double sum = 0;
        for (int e = 1; e < keep.length; e++) {
            sum += jaccard(keep[e - 1], keep[e]);
        }
        return sum / (keep.length - 1);
    }

    /**
     * Returns the Jaccard index of two kept sets, |A ∩ B| / |A ∪ B|; 1 when both are empty.
     *
     * @throws IllegalArgumentException when the masks have different lengths
     */
    public static double jaccard(boolean[] a, boolean[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException(
                    "masks have " + a.length + " and " + b.length + " features");
        }
        int both = 0;
        int either = 0;
        for (int j = 0; j < a.length; j++) {
            both += a[j] && b[j] ? 1 : 0;
            either += a[j] || b[j] ? 1 : 0;
        }
        return either == 0 ? 1.0 : (double) both / either;
    }

    static int count(boolean[] flags) {
        int count = 0;
        for (boolean flag : flags) {
            count += flag ? 1 : 0;
        }
        return count;
    }
}
