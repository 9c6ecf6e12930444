package dev.dynamos.scoring;

/**
 * Feature-neutral correlation, FNC (numerai-tools' {@code feature_neutral_corr}): CORR of the
 * predictions after removing their linear exposure to the features.
 */
public final class FeatureNeutralCorr {

    private FeatureNeutralCorr() {}

    /**
     * Returns the FNC of predictions over one era.
     *
     * <ol>
     *   <li>Tie-kept rank and Gaussianise the predictions.
     *   <li>Neutralise them against the features (with a constant column; {@link Neutralizer}).
     *   <li>Divide by their standard deviation (ddof 0); this does not change the CORR.
     *   <li>Return Numerai's CORR of the result with the targets ({@link NumeraiCorr}).
     * </ol>
     *
     * @param predictions predictions of one era, no NaN; not modified
     * @param features feature columns of the same rows, {@code features[f][row]}; not modified
     * @param targets targets of the same rows, NaN allowed; not modified
     * @return the feature-neutral correlation; NaN when the predictions are constant
     * @throws IllegalArgumentException when the predictions or features hold NaN
     */
    public static double featureNeutralCorr(
            double[] predictions, double[][] features, double[] targets) {
        double[] neutral = tieKeptRankGaussianizeNeutralizeVarianceNormalize(predictions, features);
        for (double value : neutral) {
            // Constant predictions, or predictions the features explain fully, neutralise to
            // zero variance: there is nothing left to correlate.
            if (Double.isNaN(value)) {
                return Double.NaN;
            }
        }
        return NumeraiCorr.numeraiCorr(neutral, targets);
    }

    /**
     * Returns numerai-tools' {@code tie_kept_rank__gaussianize__neutralize__variance_normalize}.
     *
     * @param predictions predictions, no NaN; not modified
     * @param features neutralizer columns of the same rows; not modified
     * @return the neutralised predictions with unit standard deviation; NaN when they are constant
     * @throws IllegalArgumentException when the predictions or features hold NaN
     */
    public static double[] tieKeptRankGaussianizeNeutralizeVarianceNormalize(
            double[] predictions, double[][] features) {
        Correlations.requireNoNaN("predictions", predictions);
        double[] gaussian = Transforms.tieKeptRankGaussianize(predictions);
        double[] neutral = Neutralizer.neutralize(gaussian, features, 1.0);
        return Transforms.varianceNormalize(neutral);
    }
}
