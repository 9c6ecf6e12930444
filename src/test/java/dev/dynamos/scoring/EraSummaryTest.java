package dev.dynamos.scoring;

import static dev.dynamos.scoring.Fixtures.EXACT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class EraSummaryTest {

    @Test
    void summarisesWithPopulationStdAndAdditiveDrawdown() {
        EraSummary summary = EraSummary.of(new double[] {0.02, -0.01, -0.03, 0.04, 0.01});

        assertThat(summary.eras()).isEqualTo(5);
        assertThat(summary.mean()).isCloseTo(0.006, within(EXACT));
        // population variance: (0.014² + 0.016² + 0.036² + 0.034² + 0.004²) / 5
        assertThat(summary.std()).isCloseTo(Math.sqrt(0.000584), within(EXACT));
        assertThat(summary.sharpe()).isCloseTo(0.006 / Math.sqrt(0.000584), within(1e-9));
        // running sums 0.02, 0.01, -0.02, 0.02, 0.03: peak 0.02 then low -0.02
        assertThat(summary.maxDrawdown()).isCloseTo(0.04, within(EXACT));
    }

    @Test
    void aRisingSeriesHasNoDrawdown() {
        assertThat(EraSummary.of(new double[] {-0.01, 0.01, 0.02}).maxDrawdown()).isZero();
    }

    @Test
    void nanErasAreLeftOut() {
        EraSummary summary = EraSummary.of(new double[] {0.01, Double.NaN, 0.03});

        assertThat(summary.eras()).isEqualTo(2);
        assertThat(summary.mean()).isCloseTo(0.02, within(EXACT));
    }

    @Test
    void noScoresGiveNaN() {
        EraSummary summary = EraSummary.of(new double[] {Double.NaN});

        assertThat(summary.eras()).isZero();
        assertThat(summary.mean()).isNaN();
        assertThat(summary.maxDrawdown()).isNaN();
    }
}
