package dev.dynamos.scoring;

/**
 * Summary of a per-era score over eras: mean, standard deviation (ddof 0), Sharpe ratio and the
 * maximum drawdown on the additive scale, a non-negative number. Eras whose score is NaN are left
 * out; with no era left every field is NaN.
 *
 * @param eras eras that had a score
 * @param mean mean per-era score
 * @param std population standard deviation (ddof 0) of the per-era scores
 * @param sharpe {@code mean / std}, as numerai-tools' {@code sharpe_ratio}
 * @param maxDrawdown largest fall of the running sum of scores from its earlier peak, {@code >= 0}
 */
public record EraSummary(int eras, double mean, double std, double sharpe, double maxDrawdown) {

    /** Compact constructor: rejects a negative era count or a negative drawdown. */
    public EraSummary {
        if (eras < 0) {
            throw new IllegalArgumentException("eras must be >= 0, got " + eras);
        }
        if (maxDrawdown < 0.0) {
            throw new IllegalArgumentException("maxDrawdown must be >= 0, got " + maxDrawdown);
        }
    }

    /**
     * Summarises per-era scores.
     *
     * <ol>
     *   <li>Drop NaN scores.
     *   <li>Mean and population standard deviation; Sharpe = mean / std.
     *   <li>With {@code c_k} the running sum after era k, drawdown = {@code max_k (max_{j<=k} c_j -
     *       c_k)}: the peak is taken over eras only, so a loss in the first era alone is no
     *       drawdown.
     * </ol>
     *
     * @param perEra one score per era in era order, NaN allowed; not modified
     * @return the summary
     */
    public static EraSummary of(double[] perEra) {
        double[] scores = withoutNaN(perEra);
        if (scores.length == 0) {
            return new EraSummary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double mean = Stats.mean(scores);
        double std = Stats.std(scores);
        return new EraSummary(scores.length, mean, std, mean / std, maxDrawdown(scores));
    }

    /**
     * Returns the largest fall of the running sum of scores below its earlier peak.
     *
     * @param scores per-era scores without NaN
     * @return the drawdown, {@code >= 0}
     */
    public static double maxDrawdown(double[] scores) {
        double cumulative = 0.0;
        double peak = Double.NEGATIVE_INFINITY;
        double drawdown = 0.0;
        for (double score : scores) {
            cumulative += score;
            peak = Math.max(peak, cumulative);
            drawdown = Math.max(drawdown, peak - cumulative);
        }
        return drawdown;
    }

    private static double[] withoutNaN(double[] values) {
        int count = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                count++;
            }
        }
        double[] result = new double[count];
        int next = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                result[next++] = v;
            }
        }
        return result;
    }
}
