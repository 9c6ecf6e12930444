package dev.dynamos.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MaskStatisticsTest {

    /** Closed-form arithmetic on a handful of doubles. */
    private static final double EXACT = 1e-12;

    @Test
    void meanAndSampleStandardDeviationOfKnownValues() {
        double[] values = {1, 2, 3, 4};

        assertThat(MaskStatistics.mean(values)).isEqualTo(2.5);
        assertThat(MaskStatistics.stdSample(values)).isCloseTo(Math.sqrt(5.0 / 3), within(EXACT));
    }

    @Test
    void tooFewValuesAreUndefined() {
        assertThat(MaskStatistics.mean(new double[0])).isNaN();
        assertThat(MaskStatistics.stdSample(new double[] {1})).isNaN();
    }

    @Test
    void jaccardOfKnownMasks() {
        boolean[] a = {true, true, false, false};
        boolean[] b = {false, true, true, false};
        boolean[] none = {false, false, false, false};

        assertThat(MaskStatistics.jaccard(a, b)).isEqualTo(1.0 / 3);
        assertThat(MaskStatistics.jaccard(a, a)).isEqualTo(1.0);
        assertThat(MaskStatistics.jaccard(none, none)).isEqualTo(1.0);
    }

    @Test
    void maskStabilityAveragesConsecutiveJaccards() {
        boolean[][] masks = {
            {true, true, false, false}, {false, true, true, false}, {false, true, true, false}
        };

        assertThat(MaskStatistics.maskStability(masks)).isCloseTo(2.0 / 3, within(EXACT));
    }

    @Test
    void fixedMaskIsFullyStable() {
        boolean[] keep = {true, false, true};
        boolean[][] masks = {keep, keep, keep, keep};

        assertThat(MaskStatistics.maskStability(masks)).isEqualTo(1.0);
        assertThat(MaskStatistics.maskStability(new boolean[][] {keep})).isNaN();
    }

    @Test
    void keepRatioAveragesSharesOverEras() {
        boolean[][] masks = {
            {true, true, false, false}, {false, true, true, false}, {false, false, false, true}
        };

        assertThat(MaskStatistics.meanKeepRatio(masks)).isCloseTo(1.25 / 3, within(EXACT));
    }

    @Test
    void inputsAreNotModified() {
        double[] scores = {0.5, -1.25, 0.25};
        double[] copy = scores.clone();

        MaskStatistics.stdSample(scores);

        assertThat(scores).containsExactly(copy);
    }
}
