package dev.dynamos.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynamos.data.EraTable;
import dev.dynamos.heads.BoosterParams;
import dev.dynamos.heads.Device;
import dev.dynamos.heads.EraSlice;
import dev.dynamos.heads.Head;
import dev.dynamos.heads.SyntheticTables;
import dev.dynamos.heads.XGBoostHead;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CrossValidationTest {

    private static final EraTable TABLE = SyntheticTables.table(20, 80, 5, 2, 3);
    private static final BoosterParams PARAMS =
            new BoosterParams(20, 0.1, 3, 7, 1.0, 10, 1.0, 5, 1, 1, Device.CPU, Map.of());
    private static final int[] FEATURES = {0, 1, 2, 3, 4};

    @Test
    void eachFoldIsPredictedByAFreshHeadFittedOnlyOnItsTrainingEras() {
        int[] eras = SyntheticTables.range(0, 20);
        List<Fold> folds =
                EraFolds.split(eras, RunEras.numbers(TABLE, eras), CvScheme.EXPANDING, 3, 4);
        List<Integer> foldsDone = new ArrayList<>();
        CrossValidation.OutOfFold oof =
                CrossValidation.run(
                        TABLE,
                        folds,
                        FEATURES,
                        "target",
                        () -> new XGBoostHead(PARAMS),
                        foldsDone::add);
        assertThat(foldsDone).containsExactly(0, 1, 2);
        Fold last = folds.get(2);
        try (Head alone = new XGBoostHead(PARAMS)) {
            alone.fit(EraSlice.of(TABLE, last.trainEras(), FEATURES), "target", Optional.empty());
            float[] expected = alone.predict(EraSlice.of(TABLE, last.validationEras(), FEATURES));
            float[] tail =
                    Arrays.copyOfRange(
                            oof.predictions(),
                            oof.predictions().length - expected.length,
                            oof.predictions().length);
            assertThat(tail).containsExactly(expected);
        }
        assertThat(oof.eraIndices()).startsWith(folds.get(0).validationEras());
    }
}
