package dev.dynamos.scoring;

/**
 * Plain correlations over arrays already aligned row by row, as numerai-tools' {@code correlation},
 * {@code pearson_correlation}, {@code spearman_correlation} and {@code
 * tie_broken_rank_correlation}. None of them accepts NaN.
 */
public final class Correlations {

    private Correlations() {}

    /**
     * Returns the Pearson correlation of target and predictions.
     *
     * @param target target values, no NaN; not modified
     * @param predictions predictions for the same rows, no NaN; not modified
     * @return the correlation in [-1, 1]; NaN when either side is constant
     * @throws IllegalArgumentException when lengths differ or a value is NaN
     */
    public static double pearson(double[] target, double[] predictions) {
        checkPair(target, predictions);
        return Stats.pearson(target, predictions);
    }

    /**
     * Returns the Spearman correlation: the Pearson correlation of tie-kept ranks.
     *
     * @param target target values, no NaN; not modified
     * @param predictions predictions for the same rows, no NaN; not modified
     * @return the rank correlation in [-1, 1]; NaN when either side is constant
     * @throws IllegalArgumentException when lengths differ or a value is NaN
     */
    public static double spearman(double[] target, double[] predictions) {
        checkPair(target, predictions);
        return Stats.pearson(Ranks.tieKeptRank(target), Ranks.tieKeptRank(predictions));
    }

    /**
     * Returns the Pearson correlation of the target with the tie-broken percentile ranks of the
     * predictions (the target is not ranked).
     *
     * @param target target values, no NaN; not modified
     * @param predictions predictions for the same rows in id order, no NaN; not modified
     * @return the correlation in [-1, 1]
     * @throws IllegalArgumentException when lengths differ or a value is NaN
     */
    public static double tieBrokenRankCorrelation(double[] target, double[] predictions) {
        checkPair(target, predictions);
        return Stats.pearson(target, Ranks.tieBrokenRank(predictions));
    }

    private static void checkPair(double[] target, double[] predictions) {
        Stats.checkSameLength("target", target, "predictions", predictions);
        requireNoNaN("target", target);
        requireNoNaN("predictions", predictions);
    }

    /**
     * Throws when a value is NaN, naming the input and the first NaN row.
     *
     * @param name the input's name for the message
     * @param values the values to check
     * @throws IllegalArgumentException at the first NaN
     */
    static void requireNoNaN(String name, double[] values) {
        for (int i = 0; i < values.length; i++) {
            if (Double.isNaN(values[i])) {
                throw new IllegalArgumentException(
                        name + " holds NaN at row " + i + "; remove or fill NaN values first");
            }
        }
    }
}
