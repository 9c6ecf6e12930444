package dev.dynamos.scoring;

import static dev.dynamos.scoring.Fixtures.DOWN;
import static dev.dynamos.scoring.Fixtures.DOWN_UP;
import static dev.dynamos.scoring.Fixtures.EXACT;
import static dev.dynamos.scoring.Fixtures.UP;
import static dev.dynamos.scoring.Fixtures.UP_DOWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CorrelationsTest {

    /** numerai-tools' six (target, predictions) pairs; Spearman and Pearson give 1,-1,0,0,0,0. */
    private static final double[][][] PAIRS = {
        {UP, UP}, {UP, DOWN}, {UP, UP_DOWN}, {UP, DOWN_UP}, {UP_DOWN, UP}, {DOWN_UP, UP}
    };

    private static final double[] PAIR_EXPECTED = {1, -1, 0, 0, 0, 0};

    @Test
    void pearsonOfTheFixturePairs() {
        for (int i = 0; i < PAIRS.length; i++) {
            assertThat(Correlations.pearson(PAIRS[i][0], PAIRS[i][1]))
                    .as("pair %d", i)
                    .isCloseTo(PAIR_EXPECTED[i], within(EXACT));
        }
    }

    @Test
    void spearmanOfTheFixturePairs() {
        for (int i = 0; i < PAIRS.length; i++) {
            assertThat(Correlations.spearman(PAIRS[i][0], PAIRS[i][1]))
                    .as("pair %d", i)
                    .isCloseTo(PAIR_EXPECTED[i], within(EXACT));
        }
    }

    @Test
    void tieBrokenRankCorrelationRanksOnlyThePredictions() {
        assertThat(Correlations.tieBrokenRankCorrelation(UP, UP)).isCloseTo(1, within(EXACT));
        assertThat(Correlations.tieBrokenRankCorrelation(UP, DOWN)).isCloseTo(-1, within(EXACT));
        assertThat(Correlations.tieBrokenRankCorrelation(UP, UP_DOWN))
                .isCloseTo(0.5, within(EXACT));
        assertThat(Correlations.tieBrokenRankCorrelation(UP, DOWN_UP))
                .isCloseTo(0.5, within(EXACT));
        assertThat(Correlations.tieBrokenRankCorrelation(UP_DOWN, UP)).isCloseTo(0, within(EXACT));
        assertThat(Correlations.tieBrokenRankCorrelation(DOWN_UP, UP)).isCloseTo(0, within(EXACT));
    }

    @Test
    void nanIsRejectedWithItsRow() {
        assertThatThrownBy(() -> Correlations.pearson(UP, new double[] {0, 1, Double.NaN, 3, 4}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("predictions holds NaN at row 2");
    }
}
