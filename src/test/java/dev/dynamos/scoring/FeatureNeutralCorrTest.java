package dev.dynamos.scoring;

import static dev.dynamos.scoring.Fixtures.QUANTILE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class FeatureNeutralCorrTest {

    @Test
    void matchesTheNumpyReferenceOnASmallEra() {
        assertThat(
                        FeatureNeutralCorr.featureNeutralCorr(
                                SmallEra.PREDICTIONS, SmallEra.FEATURES, SmallEra.TARGETS))
                .isCloseTo(SmallEra.FNC, within(QUANTILE));
    }

    @Test
    void neutralPredictionsHaveUnitStandardDeviation() {
        double[] neutral =
                FeatureNeutralCorr.tieKeptRankGaussianizeNeutralizeVarianceNormalize(
                        SmallEra.PREDICTIONS, SmallEra.FEATURES);

        assertThat(Stats.std(neutral)).isCloseTo(1.0, within(Fixtures.EXACT));
    }

    @Test
    void inputsAreNotModified() {
        double[] predictions = SmallEra.PREDICTIONS.clone();
        double[] feature = SmallEra.FEATURE_0.clone();

        FeatureNeutralCorr.featureNeutralCorr(
                predictions, new double[][] {feature}, SmallEra.TARGETS);

        assertThat(predictions).isEqualTo(SmallEra.PREDICTIONS);
        assertThat(feature).isEqualTo(SmallEra.FEATURE_0);
    }

    @Test
    void constantPredictionsHaveNoFeatureNeutralCorr() {
        double[] constant = {0.5, 0.5, 0.5, 0.5, 0.5};
        double[][] features = {{0, 1, 2, 3, 4}};
        double[] targets = {0, 0.25, 0.5, 0.75, 1};

        assertThat(FeatureNeutralCorr.featureNeutralCorr(constant, features, targets)).isNaN();
    }
}
