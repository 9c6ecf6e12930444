package dev.dynamos.scoring;

import static dev.dynamos.scoring.Fixtures.DOWN;
import static dev.dynamos.scoring.Fixtures.DOWN_UP;
import static dev.dynamos.scoring.Fixtures.EXACT;
import static dev.dynamos.scoring.Fixtures.QUANTILE;
import static dev.dynamos.scoring.Fixtures.UP;
import static dev.dynamos.scoring.Fixtures.UP_DOWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class NeutralizerTest {

    private static final long SEED = 7L;

    private static final double[] ZEROS = new double[5];

    @Test
    void neutralizingAgainstZerosCentres() {
        assertThat(Neutralizer.neutralize(UP, new double[][] {ZEROS}, 1.0))
                .containsExactly(new double[] {-2, -1, 0, 1, 2}, within(EXACT));
    }

    @Test
    void aColumnExplainedByANeutralizerBecomesZero() {
        assertThat(Neutralizer.neutralize(UP_DOWN, new double[][] {DOWN_UP}, 1.0))
                .containsExactly(new double[5], within(EXACT));
    }

    @Test
    void doubledColumnsAndNeutralizersAllBecomeZero() {
        double[][] result =
                Neutralizer.neutralize(
                        new double[][] {UP_DOWN, UP_DOWN}, new double[][] {DOWN_UP, DOWN_UP}, 1.0);

        assertThat(result[0]).containsExactly(new double[5], within(EXACT));
        assertThat(result[1]).containsExactly(new double[5], within(EXACT));
    }

    @Test
    void twoColumnsAgainstTwoZeroNeutralizersAreCentred() {
        double[][] result =
                Neutralizer.neutralize(
                        new double[][] {UP, DOWN}, new double[][] {ZEROS, ZEROS}, 1.0);

        assertThat(result[0]).containsExactly(new double[] {-2, -1, 0, 1, 2}, within(EXACT));
        assertThat(result[1]).containsExactly(new double[] {2, 1, 0, -1, -2}, within(EXACT));
    }

    @Test
    void halfProportionRemovesHalfTheFit() {
        assertThat(Neutralizer.neutralize(UP, new double[][] {ZEROS}, 0.5))
                .containsExactly(new double[] {-1, 0, 1, 2, 3}, within(EXACT));
    }

    @Test
    void zeroProportionChangesNothing() {
        assertThat(Neutralizer.neutralize(UP, new double[][] {ZEROS}, 0.0))
                .containsExactly(UP, within(EXACT));
    }

    @Test
    void nanInTheDataFailsNamingIt() {
        double[] withNaN = {0, 1, Double.NaN, 3, 4};

        assertThatThrownBy(() -> Neutralizer.neutralize(withNaN, new double[][] {ZEROS}, 1.0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("data column 0 holds NaN at row 2");
    }

    @Test
    void nanInTheNeutralizersFailsNamingIt() {
        double[] withNaN = {0, 1, 2, Double.NaN, 4};

        assertThatThrownBy(() -> Neutralizer.neutralize(UP, new double[][] {ZEROS, withNaN}, 1.0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("neutralizer column 1 holds NaN at row 3");
    }

    @Test
    void constantColumnBecomesNaN() {
        double[] result =
                Neutralizer.neutralize(new double[] {3, 3, 3, 3, 3}, new double[][] {UP}, 1.0);

        assertThat(java.util.Arrays.stream(result).allMatch(Double::isNaN)).isTrue();
    }

    @Test
    void collinearNeutralizersMatchNumpyLeastSquaresWithCutoff() {
        double[] gaussian = Transforms.tieKeptRankGaussianize(SmallEra.PREDICTIONS);

        assertThat(Neutralizer.neutralize(gaussian, SmallEra.FEATURES, 1.0))
                .containsExactly(SmallEra.NEUTRAL_GAUSSIAN_PREDICTIONS, within(QUANTILE));
    }

    @Test
    void neutralizedColumnIsUncorrelatedWithEveryNeutralizer() {
        Random random = new Random(SEED);
        int rows = 300;
        double[][] features = new double[6][rows];
        double[] predictions = new double[rows];
        for (int i = 0; i < rows; i++) {
            for (double[] feature : features) {
                feature[i] = random.nextInt(5);
            }
            predictions[i] = features[0][i] + 0.5 * features[3][i] + random.nextGaussian();
        }

        double[] neutral = Neutralizer.neutralize(predictions, features, 1.0);

        for (double[] feature : features) {
            assertThat(Correlations.pearson(feature, neutral)).isCloseTo(0.0, within(EXACT));
        }
        assertThat(Correlations.pearson(features[0], predictions)).isGreaterThan(0.5);
    }

    @Test
    void asManyIndependentNeutralizersAsRowsExplainEverything() {
        double[][] neutralizers = {{1, 0, 2}, {0, 3, 1}};

        assertThat(Neutralizer.neutralize(new double[] {5, -1, 2}, neutralizers, 1.0))
                .containsExactly(new double[3], within(EXACT));
    }

    @Test
    void inputsAreNotModified() {
        double[] column = UP.clone();
        double[] neutralizer = UP_DOWN.clone();

        Neutralizer.neutralize(column, new double[][] {neutralizer}, 1.0);

        assertThat(column).isEqualTo(UP);
        assertThat(neutralizer).isEqualTo(UP_DOWN);
    }
}
