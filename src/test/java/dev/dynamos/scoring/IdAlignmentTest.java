package dev.dynamos.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynamos.common.BadInputException;
import org.junit.jupiter.api.Test;

class IdAlignmentTest {

    private static final String[] LEFT_IDS = {"0", "1", "2", "3", "4"};
    private static final String[] RIGHT_IDS = {"1", "2", "3", "4", "5"};
    private static final double[] VALUES = {1, 2, 3, 4, 5};

    @Test
    void keepsSharedIdsSortedWithTheirValues() {
        IdAlignment.Aligned aligned =
                IdAlignment.align(LEFT_IDS, VALUES, "s", RIGHT_IDS, VALUES, "t", 0.2);

        assertThat(aligned.ids()).containsExactly("1", "2", "3", "4");
        assertThat(aligned.left()).containsExactly(2, 3, 4, 5);
        assertThat(aligned.right()).containsExactly(1, 2, 3, 4);
    }

    @Test
    void failsWhenMoreThanTheAllowedShareIsLost() {
        assertThatThrownBy(
                        () -> IdAlignment.align(LEFT_IDS, VALUES, "s", RIGHT_IDS, VALUES, "t", 0.1))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("too_few_overlapping_ids")
                .hasMessageContaining("s does not have enough overlapping ids with t")
                .hasMessageContaining("4 of its 5 ids");
    }

    @Test
    void namesTheSideThatLacksOverlap() {
        String[] many = {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10"};
        double[] values = new double[many.length];

        assertThatThrownBy(() -> IdAlignment.align(LEFT_IDS, VALUES, "s", many, values, "t", 0.2))
                .hasMessageContaining("t does not have enough overlapping ids with s")
                .hasMessageContaining("4 of its 10 ids");
    }

    @Test
    void nanValuesDropOut() {
        double[] withNaN = {1, Double.NaN, 3, 4, 5};
        IdAlignment.Aligned aligned =
                IdAlignment.align(LEFT_IDS, withNaN, "s", LEFT_IDS, VALUES, "t", 0.2);

        assertThat(aligned.ids()).containsExactly("0", "2", "3", "4");
    }

    @Test
    void duplicateIdsAreRejected() {
        String[] duplicated = {"0", "1", "1", "3", "4"};

        assertThatThrownBy(
                        () ->
                                IdAlignment.align(
                                        duplicated, VALUES, "s", LEFT_IDS, VALUES, "t", 0.2))
                .hasMessageStartingWith("duplicate_ids")
                .hasMessageContaining("'1'");
    }
}
