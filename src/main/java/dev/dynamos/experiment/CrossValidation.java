package dev.dynamos.experiment;

import dev.dynamos.data.EraTable;
import dev.dynamos.heads.EraSlice;
import dev.dynamos.heads.Head;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs era-wise cross-validation: fits a fresh head per fold on the fold's training eras and
 * predicts its validation eras, giving out-of-fold predictions.
 */
public final class CrossValidation {

    private static final Logger LOG = LoggerFactory.getLogger(CrossValidation.class);

    /**
     * Out-of-fold predictions over the validated eras.
     *
     * @param eraIndices validated eras, ascending
     * @param predictions one prediction per row of those eras, in table order
     */
    public record OutOfFold(int[] eraIndices, float[] predictions) {}

    private CrossValidation() {}

    /**
     * Fits and predicts every fold.
     *
     * @param table the data
     * @param folds folds with disjoint validation eras, in era order
     * @param features feature columns the heads see
     * @param target target column name
     * @param newHead makes an unfitted head per fold (each is closed after its fold)
     * @param onFoldDone called with the fold index after each fold
     * @return predictions for every validation era of every fold
     */
    public static OutOfFold run(
            EraTable table,
            List<Fold> folds,
            int[] features,
            String target,
            Supplier<Head> newHead,
            IntConsumer onFoldDone) {
        int[] eras = folds.stream().flatMapToInt(f -> Arrays.stream(f.validationEras())).toArray();
        checkAscending(eras);
        float[] predictions = new float[EraSlice.of(table, eras, features).rows()];
        int offset = 0;
        for (Fold fold : folds) {
            EraSlice train = EraSlice.of(table, fold.trainEras(), features);
            EraSlice validation = EraSlice.of(table, fold.validationEras(), features);
            try (Head head = newHead.get()) {
                head.fit(train, target, Optional.empty());
                float[] foldPredictions = head.predict(validation);
                System.arraycopy(foldPredictions, 0, predictions, offset, foldPredictions.length);
                offset += foldPredictions.length;
            }
            LOG.info(
                    "fold {}/{}: trained on {} eras, predicted {} eras",
                    fold.index() + 1,
                    folds.size(),
                    fold.trainEras().length,
                    fold.validationEras().length);
            onFoldDone.accept(fold.index());
        }
        return new OutOfFold(eras, predictions);
    }

    private static void checkAscending(int[] eras) {
        for (int i = 1; i < eras.length; i++) {
            if (eras[i] <= eras[i - 1]) {
                throw new IllegalArgumentException(
                        "fold validation eras must be disjoint and in era order");
            }
        }
    }
}
