package dev.dynamos.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EraFoldsTest {

    private static final int ERAS = 60;

    private static int[] indices(int count) {
        int[] result = new int[count];
        Arrays.setAll(result, i -> i);
        return result;
    }

    /** Era numbers of every 2nd era from 101, as after downsampling with k = 2. */
    private static int[] numbers(int count) {
        int[] result = new int[count];
        Arrays.setAll(result, i -> 101 + 2 * i);
        return result;
    }

    @ParameterizedTest
    @EnumSource(CvScheme.class)
    void noTrainingEraIsWithinTheEmbargoOfAValidationEra(CvScheme scheme) {
        int embargo = 13;
        int[] numbers = numbers(ERAS);
        for (Fold fold : EraFolds.split(indices(ERAS), numbers, scheme, 4, embargo)) {
            for (int t : fold.trainEras()) {
                for (int v : fold.validationEras()) {
                    assertThat(Math.abs(numbers[t] - numbers[v])).isGreaterThan(embargo);
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(CvScheme.class)
    void foldsHaveDisjointErasAndDisjointValidationBlocks(CvScheme scheme) {
        List<Fold> folds = EraFolds.split(indices(ERAS), numbers(ERAS), scheme, 5, 4);
        Set<Integer> validated = new HashSet<>();
        for (Fold fold : folds) {
            Set<Integer> train = new HashSet<>();
            Arrays.stream(fold.trainEras()).forEach(train::add);
            for (int v : fold.validationEras()) {
                assertThat(train).doesNotContain(v);
                assertThat(validated.add(v)).as("era %d validated twice", v).isTrue();
            }
        }
        int expected = scheme == CvScheme.BLOCKED ? ERAS : ERAS - ERAS / 6;
        assertThat(validated).hasSize(expected);
    }

    @Test
    void expandingFoldsTrainOnlyOnEarlierEras() {
        for (Fold fold : EraFolds.split(indices(ERAS), numbers(ERAS), CvScheme.EXPANDING, 4, 4)) {
            int lastTrain = fold.trainEras()[fold.trainEras().length - 1];
            assertThat(lastTrain).isLessThan(fold.validationEras()[0]);
        }
    }

    @Test
    void blockedFoldsTrainOnBothSidesOfTheValidationBlock() {
        Fold middle = EraFolds.split(indices(ERAS), numbers(ERAS), CvScheme.BLOCKED, 3, 4).get(1);
        assertThat(middle.trainEras()[0]).isLessThan(middle.validationEras()[0]);
        assertThat(middle.trainEras()[middle.trainEras().length - 1])
                .isGreaterThan(middle.validationEras()[middle.validationEras().length - 1]);
    }

    @Test
    void embargoDefaultsTo13ErasFor60DayTargetsAnd4Otherwise() {
        assertThat(EraFolds.defaultEmbargo("target_cyrusd_60")).isEqualTo(13);
        assertThat(EraFolds.defaultEmbargo("target_cyrusd_20")).isEqualTo(4);
        assertThat(EraFolds.defaultEmbargo("target")).isEqualTo(4);
    }

    @Test
    void everyKthEraKeepsTheFirstAndEveryKthAfterIt() {
        assertThat(EraFolds.everyKthEra(new int[] {3, 4, 5, 6, 7, 8, 9}, 3))
                .containsExactly(3, 6, 9);
    }

    @Test
    void tooFewErasForTheEmbargoIsRejected() {
        assertThatThrownBy(() -> EraFolds.split(indices(6), indices(6), CvScheme.EXPANDING, 2, 4))
                .hasMessageContaining("no training eras");
    }
}
