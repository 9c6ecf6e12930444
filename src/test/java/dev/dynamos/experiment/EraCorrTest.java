package dev.dynamos.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class EraCorrTest {

    private static final double TOLERANCE = 1e-12;

    private static final float[] TARGET = {0f, 0.25f, 0.5f, 0.75f, 1f};

    @Test
    void predictionsInTargetOrderScoreHighAndReversedOnesTheNegative() {
        float[] up = {1f, 2f, 3f, 4f, 5f};
        float[] down = {5f, 4f, 3f, 2f, 1f};

        double corrUp = EraCorr.corr(up, 0, TARGET, 0, 5);
        double corrDown = EraCorr.corr(down, 0, TARGET, 0, 5);

        assertThat(corrUp).isGreaterThan(0.95);
        assertThat(corrDown).isCloseTo(-corrUp, within(TOLERANCE));
    }

    @Test
    void onlyTheRankOfPredictionsMatters() {
        float[] small = {0.1f, 0.2f, 0.3f, 0.4f, 0.5f};
        float[] spread = {-100f, 0f, 1f, 2f, 1000f};

        assertThat(EraCorr.corr(spread, 0, TARGET, 0, 5))
                .isCloseTo(EraCorr.corr(small, 0, TARGET, 0, 5), within(TOLERANCE));
    }

    @Test
    void constantPredictionsScoreZero() {
        float[] flat = {1f, 1f, 1f, 1f, 1f};

        assertThat(EraCorr.corr(flat, 0, TARGET, 0, 5)).isZero();
    }
}
