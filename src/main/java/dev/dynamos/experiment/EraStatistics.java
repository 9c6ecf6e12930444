package dev.dynamos.experiment;

/**
 * Summaries of per-era scores and per-era keep masks. Each function is pure and leaves its input
 * unchanged; an undefined value (no eras, zero deviation) comes back as NaN for the caller to show
 * as n/a.
 */
public final class EraStatistics {

    private EraStatistics() {}

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

    /** Returns the population standard deviation (ddof 0), or NaN for no values. */
    public static double stdPopulation(double[] values) {
        return Math.sqrt(sumOfSquaredDeviations(values) / values.length);
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
     * Returns the Sharpe ratio of per-era scores: mean divided by the ddof-0 standard deviation;
     * NaN when the deviation is zero or there are no values.
     */
    public static double sharpe(double[] values) {
        double std = stdPopulation(values);
        return std > 0 ? mean(values) / std : Double.NaN;
    }

    /**
     * Returns the additive maximum drawdown of per-era scores, a number at least 0.
     *
     * <p>Steps: 1. running sums c_k of the scores, k = 1..n; 2. for each k, the running maximum of
     * c_j over j at most k, minus c_k; 3. the largest of these. The starting value 0 before the
     * first era is not part of the running maximum. Source: the project's scoring reference
     * (additive drawdown, not the multiplicative one of another popular library).
     *
     * @param values per-era scores in era order
     * @return the drawdown, or NaN for no values
     */
    public static double maxDrawdown(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double cumulative = 0;
        double peak = Double.NEGATIVE_INFINITY;
        double drawdown = 0;
        for (double value : values) {
            cumulative += value;
            peak = Math.max(peak, cumulative);
            drawdown = Math.max(drawdown, peak - cumulative);
        }
        return drawdown;
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
