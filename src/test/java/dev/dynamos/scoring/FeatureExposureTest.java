package dev.dynamos.scoring;

import static dev.dynamos.scoring.Fixtures.EXACT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class FeatureExposureTest {

    @Test
    void exposuresMatchNumpyCorrcoef() {
        assertThat(FeatureExposure.exposures(SmallEra.PREDICTIONS, SmallEra.FEATURES))
                .containsExactly(SmallEra.EXPOSURES, within(EXACT));
    }

    @Test
    void maxExposureIsTheLargestAbsoluteOne() {
        assertThat(FeatureExposure.maxExposure(SmallEra.PREDICTIONS, SmallEra.FEATURES))
                .isCloseTo(0.5651242302013025, within(EXACT));
    }

    @Test
    void constantFeaturesAreSkipped() {
        double[] constant = new double[12];
        java.util.Arrays.fill(constant, 2.0);

        assertThat(FeatureExposure.exposures(SmallEra.PREDICTIONS, new double[][] {constant})[0])
                .isNaN();
        assertThat(
                        FeatureExposure.maxExposure(
                                SmallEra.PREDICTIONS,
                                new double[][] {constant, SmallEra.FEATURE_0}))
                .isCloseTo(SmallEra.EXPOSURES[0], within(EXACT));
    }
}
