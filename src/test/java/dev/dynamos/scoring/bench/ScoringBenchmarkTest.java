package dev.dynamos.scoring.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScoringBenchmarkTest {

    /** The two implementations differ only in the order of floating-point sums. */
    private static final double SAME_NUMBERS = 1e-12;

    @Test
    void dynamosAndThePlainReferenceGiveTheSameScores() {
        ScoringBenchmark.Result result =
                ScoringBenchmark.run(new ScoringBenchmark.Options(3000, 6, 8, 20, 1L));

        assertThat(result.rowsPerEra()).isEqualTo(500);
        assertThat(result.maxDifference()).hasSize(4);
        for (double difference : result.maxDifference()) {
            assertThat(difference).isLessThan(SAME_NUMBERS);
        }
        assertThat(result.corrScorerMicros()).isPositive();
    }
}
