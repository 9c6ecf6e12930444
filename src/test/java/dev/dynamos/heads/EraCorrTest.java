package dev.dynamos.heads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class EraCorrTest {

    /** Closed-form arithmetic on a handful of doubles. */
    private static final double EXACT = 1e-12;

    @Test
    void averageRanksGiveTiesTheirMeanRank() {
        double[] ranks = EraCorr.averageRanks(new double[] {1, 0, 1, 0, 1});

        assertThat(ranks).containsExactly(4, 1.5, 4, 1.5, 4);
    }

    @Test
    void reversedPredictionsNegateCorr() {
        float[] target = {0f, 0.25f, 0.5f, 0.75f, 1f};
        float[] up = {1, 2, 3, 4, 5};
        float[] down = {5, 4, 3, 2, 1};
        int[] oneEra = {5};

        double corrUp = EraCorr.meanEraCorr(up, target, oneEra);
        double corrDown = EraCorr.meanEraCorr(down, target, oneEra);

        assertThat(corrUp).isGreaterThan(0.9);
        assertThat(corrDown).isCloseTo(-corrUp, within(EXACT));
    }

    @Test
    void erasWithoutTwoScoredRowsAreSkipped() {
        float[] target = {0f, 0.25f, 0.5f, 0.75f, 1f, Float.NaN, 0.5f};
        float[] predictions = {1, 2, 3, 4, 5, 1, 2};

        double withSkipped = EraCorr.meanEraCorr(predictions, target, new int[] {5, 2});
        double alone = EraCorr.meanEraCorr(predictions, target, new int[] {5});

        assertThat(withSkipped).isCloseTo(alone, within(EXACT));
        assertThat(EraCorr.meanEraCorr(new float[] {1}, new float[] {0.5f}, new int[] {1})).isNaN();
    }
}
