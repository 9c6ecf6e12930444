package dev.dynamos.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PairedDifferenceTest {

    /** Closed-form arithmetic on a handful of doubles. */
    private static final double EXACT = 1e-12;

    /** Against the closed-form t distribution: commons-math3 evaluates an incomplete beta. */
    private static final double DISTRIBUTION = 1e-9;

    @Test
    void pairedTOfKnownArrays() {
        // Differences 1, 2, 0, 3: mean 1.5, sample variance 5/3, standard error sqrt(5/12).
        double[] model = {2, 4, 3, 7};
        double[] reference = {1, 2, 3, 4};

        PairedDifference diff = PairedDifference.of(model, reference);

        double t = 1.5 / Math.sqrt(5.0 / 12);
        assertThat(diff.eras()).isEqualTo(4);
        assertThat(diff.meanDifference()).isEqualTo(1.5);
        assertThat(diff.standardError()).isCloseTo(Math.sqrt(5.0 / 12), within(EXACT));
        assertThat(diff.tValue()).isCloseTo(t, within(EXACT));
        assertThat(diff.pValue()).isCloseTo(twoSidedPThreeDegrees(t), within(DISTRIBUTION));
    }

    /** Student's t with 3 degrees of freedom has a closed-form distribution function. */
    private static double twoSidedPThreeDegrees(double t) {
        double x = t / Math.sqrt(3);
        double cdf = 0.5 + (x / (1 + x * x) + Math.atan(x)) / Math.PI;
        return 2 * (1 - cdf);
    }

    @Test
    void swappingModelAndReferenceNegatesDifferenceAndT() {
        double[] a = {0.5, 0.25, 0.75};
        double[] b = {0.25, 0.25, 0.25};

        PairedDifference forward = PairedDifference.of(a, b);
        PairedDifference backward = PairedDifference.of(b, a);

        assertThat(backward.meanDifference()).isEqualTo(-forward.meanDifference());
        assertThat(backward.tValue()).isCloseTo(-forward.tValue(), within(EXACT));
        assertThat(backward.pValue()).isCloseTo(forward.pValue(), within(EXACT));
    }

    @Test
    void constantDifferenceHasNoTValue() {
        PairedDifference diff = PairedDifference.of(new double[] {2, 3}, new double[] {1, 2});

        assertThat(diff.standardError()).isEqualTo(0.0);
        assertThat(diff.tValue()).isNaN();
        assertThat(diff.pValue()).isNaN();
    }

    @Test
    void mismatchedErasAreRejected() {
        assertThatThrownBy(() -> PairedDifference.of(new double[] {1, 2}, new double[] {1}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2 and 1");
    }
}
