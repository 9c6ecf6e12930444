package dev.dynamos.scoring;

/**
 * Feature exposure: how strongly predictions correlate with each feature within an era. Numerai
 * reports the largest absolute exposure per era; its mean over eras is the max feature exposure.
 */
public final class FeatureExposure {

    private FeatureExposure() {}

    /**
     * Returns the Pearson correlation of the predictions with each feature.
     *
     * @param predictions predictions of one era, no NaN; not modified
     * @param features feature columns of the same rows, {@code features[f][row]}; not modified
     * @return one correlation per feature; NaN for a constant feature
     * @throws IllegalArgumentException when lengths differ or the predictions hold NaN
     */
    public static double[] exposures(double[] predictions, double[][] features) {
        Correlations.requireNoNaN("predictions", predictions);
        double[] result = new double[features.length];
        for (int f = 0; f < features.length; f++) {
            Stats.checkSameLength("feature " + f, features[f], "predictions", predictions);
            result[f] = Stats.pearson(features[f], predictions);
        }
        return result;
    }

    /**
     * Returns the largest absolute exposure of the predictions to any feature, as numerai-tools'
     * {@code max_feature_correlation} (NaN exposures of constant features are skipped).
     *
     * @param predictions predictions of one era, no NaN; not modified
     * @param features feature columns of the same rows; not modified
     * @return the largest absolute correlation in [0, 1]; NaN when no feature has one
     */
    public static double maxExposure(double[] predictions, double[][] features) {
        return maxAbsolute(exposures(predictions, features));
    }

    /** Returns the largest absolute non-NaN value (NaN when there is none). */
    static double maxAbsolute(double[] values) {
        double max = Double.NaN;
        for (double v : values) {
            if (!Double.isNaN(v) && !(Math.abs(v) <= max)) {
                max = Math.abs(v);
            }
        }
        return max;
    }
}
