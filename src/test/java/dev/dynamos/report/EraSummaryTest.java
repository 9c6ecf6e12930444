package dev.dynamos.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class EraSummaryTest {

    /** Closed-form arithmetic on three numbers. */
    private static final double EXACT = 1e-12;

    @Test
    void summaryMatchesHandComputedValuesAndSkipsNaN() {
        Map<String, Double> summary = EraSummary.of(new double[] {1, Double.NaN, -2, 3});

        double std = Math.sqrt(114.0 / 27);
        assertThat(summary.get("eras")).isEqualTo(3.0);
        assertThat(summary.get("mean")).isCloseTo(2.0 / 3, within(EXACT));
        assertThat(summary.get("std")).isCloseTo(std, within(EXACT));
        assertThat(summary.get("sharpe")).isCloseTo(2.0 / 3 / std, within(EXACT));
        assertThat(summary.get("max drawdown")).isCloseTo(2.0, within(EXACT));
    }

    @Test
    void drawdownStartsFromTheFirstEraNotFromZero() {
        assertThat(EraSummary.of(new double[] {-1, -1}).get("max drawdown"))
                .isCloseTo(1.0, within(EXACT));
    }
}
