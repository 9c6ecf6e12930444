package dev.dynamos.heads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.dynamos.data.DataType;
import dev.dynamos.data.EraTable;
import dev.dynamos.data.FeatureSets;
import dev.dynamos.scoring.CorrOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MlpHeadTest {

    private static final int ERAS = 40;
    private static final int ROWS_PER_ERA = 100;
    private static final int FEATURES = 6;
    private static final int TRAIN_ERAS = 30;
    private static final String TARGET = "target";

    /** Held-out CORR well above zero: the signal explains most of the target's variance. */
    private static final double LEARNED_CORR_BAR = 0.3;

    /** Tolerance for comparing the restored weights' CORR to the recorded best (same floats). */
    private static final double SAME_CORR_TOLERANCE = 1e-12;

    private static MlpParams smallParams() {
        return new MlpParams(List.of(16, 8), MlpActivation.RELU, 0.0, 1e-2, 128, 6, 3, 0.0, 7L, 1);
    }

    @Test
    void learnsSignalOnHeldOutEras() {
        EraTable table = table(1.0, 11L);
        try (MlpHead head = new MlpHead(smallParams())) {
            head.fit(EraSlice.allFeatures(table, eras(0, TRAIN_ERAS)), TARGET, Optional.empty());

            EraSlice heldOut = EraSlice.allFeatures(table, eras(TRAIN_ERAS, ERAS));
            double corr = meanEraCorr(head.predict(heldOut), heldOut);

            assertThat(corr).isGreaterThan(LEARNED_CORR_BAR);
        }
    }

    @Test
    void sameSeedGivesIdenticalPredictions() {
        EraTable table = table(1.0, 12L);
        MlpParams params =
                new MlpParams(List.of(16, 8), MlpActivation.GELU, 0.2, 1e-2, 64, 3, 3, 1e-3, 5L, 1);
        EraSlice train = EraSlice.allFeatures(table, eras(0, TRAIN_ERAS));
        EraSlice heldOut = EraSlice.allFeatures(table, eras(TRAIN_ERAS, ERAS));

        float[] first;
        float[] second;
        try (MlpHead a = new MlpHead(params);
                MlpHead b = new MlpHead(params)) {
            a.fit(train, TARGET, Optional.empty());
            b.fit(train, TARGET, Optional.empty());
            first = a.predict(heldOut);
            second = b.predict(heldOut);
        }

        assertThat(second).containsExactly(first);
    }

    @Test
    void saveAndLoadGiveIdenticalPredictions(@TempDir Path folder) {
        EraTable table = table(1.0, 13L);
        EraSlice heldOut = EraSlice.allFeatures(table, eras(TRAIN_ERAS, ERAS));
        Path file = folder.resolve("mlp.json");
        MlpParams params =
                new MlpParams(List.of(8), MlpActivation.TANH, 0.1, 1e-2, 64, 2, 3, 0.0, 3L, 1);

        try (MlpHead head = new MlpHead(params)) {
            head.fit(EraSlice.allFeatures(table, eras(0, TRAIN_ERAS)), TARGET, Optional.empty());
            head.save(file);
            try (MlpHead loaded = MlpHead.load(file)) {
                assertThat(loaded.predict(heldOut)).containsExactly(head.predict(heldOut));
                assertThat(loaded.featureImportance()).isEqualTo(head.featureImportance());
                assertThat(loaded.params()).isEqualTo(params);
            }
        }
    }

    @Test
    void permutingDroppedColumnLeavesPredictionsUnchanged() {
        EraTable table = table(1.0, 14L);
        EraTable permuted = withColumnShuffled(table, 2, new SplittableRandom(99L));
        int[] features = IntStream.range(0, FEATURES).toArray();
        int[] trainEras = eras(0, TRAIN_ERAS);
        int[] testEras = eras(TRAIN_ERAS, ERAS);

        try (MlpHead head = new MlpHead(smallParams())) {
            head.fit(masked(table, trainEras, features, 2), TARGET, Optional.empty());
            float[] original = head.predict(masked(table, testEras, features, 2));
            float[] shuffled = head.predict(masked(permuted, testEras, features, 2));
            float[] unmasked = head.predict(EraSlice.of(permuted, testEras, features));

            assertThat(shuffled).containsExactly(original);
            assertThat(unmasked).isNotEqualTo(original);
        }
    }

    @Test
    void earlyStoppingStopsAndRestoresBestEpoch() {
        EraTable noise = table(0.0, 15L);
        MlpParams params = smallParams().withEpochs(40);
        EraSlice stopping = EraSlice.allFeatures(noise, eras(TRAIN_ERAS, ERAS));

        try (MlpHead head = new MlpHead(params)) {
            head.fit(
                    EraSlice.allFeatures(noise, eras(0, TRAIN_ERAS)),
                    TARGET,
                    Optional.of(stopping));
            double[] history = head.earlyStoppingCorr();
            double best = Arrays.stream(history).max().orElseThrow();

            assertThat(head.epochsTrained()).isLessThan(params.epochs());
            assertThat(history).hasSize(head.epochsTrained());
            assertThat(meanEraCorr(head.predict(stopping), stopping))
                    .isCloseTo(best, within(SAME_CORR_TOLERANCE));
        }
    }

    @Test
    void fitEpochsContinuesFromCurrentWeights() {
        EraTable table = table(1.0, 16L);
        EraSlice train = EraSlice.allFeatures(table, eras(0, TRAIN_ERAS));
        EraSlice heldOut = EraSlice.allFeatures(table, eras(TRAIN_ERAS, ERAS));

        try (MlpHead whole = new MlpHead(smallParams().withEpochs(2));
                MlpHead stepwise = new MlpHead(smallParams())) {
            whole.fit(train, TARGET, Optional.empty());
            stepwise.fitEpochs(train, TARGET, 1);
            stepwise.fitEpochs(train, TARGET, 1);

            assertThat(stepwise.epochsTrained()).isEqualTo(2);
            assertThat(stepwise.predict(heldOut)).containsExactly(whole.predict(heldOut));
        }
    }

    @Test
    void replayTermPullsPredictionsTowardsStoredOnes() {
        EraTable table = table(1.0, 17L);
        EraSlice train = EraSlice.allFeatures(table, eras(0, 2));
        float[] inputs = MlpHead.scaledInputs(train);
        float[] target = train.target(TARGET);
        float[] stored = new float[target.length];
        Arrays.fill(stored, 0.25f);
        Arrays.fill(target, 0.5f);
        MlpBatch batch = MlpBatch.of(inputs, target).withReplay(stored, 3.0);

        try (MlpHead head = new MlpHead(smallParams())) {
            head.fitEpochs(train, TARGET, 1);
            double first = head.trainStep(batch);
            double last = first;
            for (int step = 0; step < 60; step++) {
                last = head.trainStep(batch);
            }
            float[] predictions = head.predictScaled(inputs);
            double mean = 0;
            for (float p : predictions) {
                mean += p / predictions.length;
            }

            assertThat(last).isLessThan(first);
            // The optimum of (p - 0.5)^2 + 3 (p - 0.25)^2 is p = 0.3125.
            assertThat(mean).isLessThan(0.4);
        }
    }

    @Test
    void importanceRanksInformativeFeatureAboveNoise() {
        EraTable table = table(1.0, 18L);
        try (MlpHead head = new MlpHead(smallParams())) {
            head.fit(EraSlice.allFeatures(table, eras(0, TRAIN_ERAS)), TARGET, Optional.empty());
            var importance = head.featureImportance();

            assertThat(importance).containsOnlyKeys(table.featureNames());
            assertThat(importance.get("feature_0")).isGreaterThan(importance.get("feature_5"));
        }
    }

    /**
     * Builds a table whose target is {@code 0.5 + signal * (0.2 x0 - 0.1 x1 * x1) + noise} with x
     * the scaled feature values, and one NaN target per era.
     */
    static EraTable table(double signal, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int rows = ERAS * ROWS_PER_ERA;
        byte[][] features = new byte[FEATURES][rows];
        float[] target = new float[rows];
        int[] eraOfRow = new int[rows];
        String[] ids = new String[rows];
        DataType[] types = new DataType[rows];
        for (int r = 0; r < rows; r++) {
            for (int f = 0; f < FEATURES; f++) {
                features[f][r] = (byte) random.nextInt(5);
            }
            double x0 = (features[0][r] - 2) / 2.0;
            double x1 = (features[1][r] - 2) / 2.0;
            double noise = 0.05 * (random.nextDouble() - 0.5);
            target[r] = (float) (0.5 + signal * (0.2 * x0 - 0.1 * x1 * x1) + noise);
            eraOfRow[r] = r / ROWS_PER_ERA + 1;
            ids[r] = "id" + r;
            types[r] = DataType.TRAIN;
            if (r % ROWS_PER_ERA == 0) {
                target[r] = Float.NaN;
            }
        }
        List<String> names = new ArrayList<>();
        for (int f = 0; f < FEATURES; f++) {
            names.add("feature_" + f);
        }
        return new EraTable(
                ids,
                eraOfRow,
                types,
                names,
                features,
                List.of(TARGET),
                new float[][] {target},
                FeatureSets.allOnly(names));
    }

    private static EraTable withColumnShuffled(EraTable table, int column, SplittableRandom rnd) {
        byte[][] features = new byte[table.featureCount()][];
        for (int f = 0; f < features.length; f++) {
            features[f] = table.column(f).clone();
        }
        byte[] shuffled = features[column];
        for (int i = shuffled.length - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            byte swap = shuffled[i];
            shuffled[i] = shuffled[j];
            shuffled[j] = swap;
        }
        String[] ids = new String[table.rows()];
        int[] eraOfRow = new int[table.rows()];
        DataType[] types = new DataType[table.rows()];
        for (int r = 0; r < ids.length; r++) {
            ids[r] = table.id(r);
            eraOfRow[r] = table.era(table.eraIndexOfRow(r));
            types[r] = table.dataType(r);
        }
        return new EraTable(
                ids,
                eraOfRow,
                types,
                table.featureNames(),
                features,
                table.targetNames(),
                new float[][] {table.target(TARGET)},
                table.featureSets());
    }

    private static EraSlice masked(EraTable table, int[] eras, int[] features, int dropped) {
        boolean[][] mask = new boolean[eras.length][features.length];
        for (boolean[] keep : mask) {
            Arrays.fill(keep, true);
            keep[dropped] = false;
        }
        return new EraSlice(table, eras, features, Optional.of(mask));
    }

    private static int[] eras(int from, int to) {
        return IntStream.range(from, to).toArray();
    }

    private static double meanEraCorr(float[] predictions, EraSlice slice) {
        CorrOptions options = new CorrOptions(true, 0, 1.0);
        double[] perEra = MlpEvaluation.scorer(slice, TARGET, options).corrByEra(predictions);
        return MlpEvaluation.nanMean(perEra);
    }
}
