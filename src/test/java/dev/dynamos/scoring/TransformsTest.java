package dev.dynamos.scoring;

import static dev.dynamos.scoring.Fixtures.DOWN_UP;
import static dev.dynamos.scoring.Fixtures.EXACT;
import static dev.dynamos.scoring.Fixtures.POS_NEG;
import static dev.dynamos.scoring.Fixtures.QUANTILE;
import static dev.dynamos.scoring.Fixtures.UP;
import static dev.dynamos.scoring.Fixtures.UP_DOWN;
import static dev.dynamos.scoring.Fixtures.UP_FLOAT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TransformsTest {

    @Test
    void gaussianizeMatchesScipyPpfWithoutRanking() {
        double[] result = Transforms.gaussianize(UP_FLOAT);

        assertThat(result[0]).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(result[4]).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(new double[] {result[1], result[2], result[3]})
                .containsExactly(
                        new double[] {-0.6744897501960817, 0, 0.6744897501960817},
                        within(QUANTILE));
    }

    @Test
    void varianceNormalizeDividesByPopulationStd() {
        assertThat(Transforms.varianceNormalize(UP_FLOAT))
                .containsExactly(
                        new double[] {
                            0,
                            0.7071067811865475,
                            1.414213562373095,
                            2.1213203435596424,
                            2.82842712474619
                        },
                        within(EXACT));
    }

    @Test
    void pow15KeepsSign() {
        assertThat(Transforms.pow15(POS_NEG))
                .containsExactly(
                        new double[] {
                            0,
                            0,
                            0.3535533905932738,
                            -0.3535533905932738,
                            1,
                            -1,
                            2.8284271247461903,
                            -2.8284271247461903
                        },
                        within(EXACT));
    }

    @Test
    void tieKeptRankGaussianizePow15MatchesNumeraiTools() {
        assertThat(Transforms.tieKeptRankGaussianizePow15(UP_FLOAT))
                .containsExactly(
                        new double[] {
                            -1.4507885796854221,
                            -0.3797472709071263,
                            0,
                            0.3797472709071261,
                            1.4507885796854221
                        },
                        within(QUANTILE));
    }

    @Test
    void orthogonalizeAgainstItselfGivesZero() {
        assertThat(Transforms.orthogonalize(UP, UP)).containsExactly(new double[5], within(EXACT));
    }

    @Test
    void orthogonalizeUpAgainstUpDown() {
        assertThat(Transforms.orthogonalize(UP, UP_DOWN))
                .containsExactly(new double[] {-2, 1, 0, 3, 2}, within(EXACT));
    }

    @Test
    void orthogonalizeDownUpAgainstUpDownKeepsIt() {
        assertThat(Transforms.orthogonalize(DOWN_UP, UP_DOWN))
                .containsExactly(new double[] {0, 1, 0, 1, 0}, within(EXACT));
    }

    @Test
    void inverseNormalIsAccurateForRanksOfAMillionRows() {
        // SciPy 1.17 ndtri(5e-7) and ndtri(1e-4).
        assertThat(Transforms.inverseNormal(5e-7)).isCloseTo(-4.891638475698591, within(QUANTILE));
        assertThat(Transforms.inverseNormal(1e-4)).isCloseTo(-3.7190164854556804, within(QUANTILE));
    }
}
