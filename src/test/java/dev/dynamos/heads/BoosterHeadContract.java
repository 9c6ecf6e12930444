package dev.dynamos.heads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynamos.data.EraTable;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Behaviour every booster head must show, run against each library by a subclass. */
abstract class BoosterHeadContract {

    /** A clear signal over 3 of 8 features gives held-out correlations well above this. */
    private static final double MIN_SIGNAL_CORR = 0.1;

    static final BoosterParams SMALL =
            new BoosterParams(60, 0.1, 4, 15, 1.0, 20, 1.0, 10, 1, 7, Device.CPU, Map.of());

    static final EraTable TABLE = SyntheticTables.table(24, 150, 8, 3, 11);

    @TempDir Path folder;

    abstract Head newHead(BoosterParams params);

    abstract String modelFileName();

    private static EraSlice train() {
        return EraSlice.allFeatures(TABLE, SyntheticTables.range(0, 16));
    }

    private static EraSlice heldOut() {
        return EraSlice.allFeatures(TABLE, SyntheticTables.range(20, 24));
    }

    @Test
    void learnsSignalThatGeneralisesToHeldOutEras() {
        try (Head head = newHead(SMALL)) {
            head.fit(train(), "target", Optional.empty());
            double corr =
                    SyntheticTables.meanEraPearson(heldOut(), head.predict(heldOut()), "target");
            assertThat(corr).isGreaterThan(MIN_SIGNAL_CORR);
        }
    }

    @Test
    void savedModelLoadsAndPredictsIdentically() {
        Path file = folder.resolve(modelFileName());
        try (Head head = newHead(SMALL)) {
            head.fit(train(), "target", Optional.of(heldOut()));
            head.save(file);
            try (Head loaded = Heads.load(file)) {
                assertThat(loaded.predict(heldOut())).containsExactly(head.predict(heldOut()));
            }
        }
    }

    @Test
    void sameSeedAndDataGiveIdenticalPredictions() {
        BoosterParams sampled =
                new BoosterParams(40, 0.1, 4, 15, 0.5, 20, 0.7, 10, 2, 5, Device.CPU, Map.of());
        try (Head first = newHead(sampled);
                Head second = newHead(sampled)) {
            first.fit(train(), "target", Optional.empty());
            second.fit(train(), "target", Optional.empty());
            assertThat(first.predict(heldOut())).containsExactly(second.predict(heldOut()));
        }
    }

    @Test
    void permutingAMaskedFeatureCannotChangePredictions() {
        int masked = 1;
        EraTable permuted = withPermutedColumn(TABLE, masked, 3);
        int[] eras = SyntheticTables.range(0, 16);
        try (Head original = newHead(SMALL);
                Head shuffled = newHead(SMALL)) {
            original.fit(maskedSlice(TABLE, eras, masked), "target", Optional.empty());
            shuffled.fit(maskedSlice(permuted, eras, masked), "target", Optional.empty());
            int[] test = SyntheticTables.range(20, 24);
            float[] expected = original.predict(maskedSlice(TABLE, test, masked));
            assertThat(shuffled.predict(maskedSlice(permuted, test, masked)))
                    .containsExactly(expected);
            assertThat(original.featureImportance().get(TABLE.featureName(masked))).isZero();
        }
    }

    @Test
    void skipsRowsWithNanTargetAndReportsGainByName() {
        try (Head head = newHead(SMALL)) {
            head.fit(train(), "target_aux_60", Optional.empty());
            Map<String, Double> gain = head.featureImportance();
            assertThat(gain).hasSize(8);
            assertThat(gain.get("feature_000")).isGreaterThan(gain.get("feature_007"));
        }
    }

    @Test
    void keptFeatureSubsetFitsAndRejectsOtherColumnsAtPrediction() {
        int[] kept = {0, 2, 5};
        EraSlice subset = EraSlice.of(TABLE, SyntheticTables.range(0, 16), kept);
        try (Head head = newHead(SMALL)) {
            head.fit(subset, "target", Optional.empty());
            assertThat(head.featureImportance()).containsOnlyKeys(subset.featureNames());
            assertThatThrownBy(() -> head.predict(heldOut()))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    private static EraSlice maskedSlice(EraTable table, int[] eras, int masked) {
        boolean[][] mask = new boolean[eras.length][table.featureCount()];
        for (boolean[] keep : mask) {
            Arrays.fill(keep, true);
            keep[masked] = false;
        }
        return new EraSlice(
                table, eras, EraSlice.allFeatures(table, eras).features(), Optional.of(mask));
    }

    private static EraTable withPermutedColumn(EraTable table, int column, long seed) {
        byte[][] columns = new byte[table.featureCount()][];
        for (int f = 0; f < columns.length; f++) {
            columns[f] = table.column(f).clone();
        }
        SplittableRandom random = new SplittableRandom(seed);
        byte[] values = columns[column];
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            byte swap = values[i];
            values[i] = values[j];
            values[j] = swap;
        }
        String[] ids = new String[table.rows()];
        int[] eras = new int[table.rows()];
        dev.dynamos.data.DataType[] types = new dev.dynamos.data.DataType[table.rows()];
        for (int r = 0; r < ids.length; r++) {
            ids[r] = table.id(r);
            eras[r] = table.era(table.eraIndexOfRow(r));
            types[r] = table.dataType(r);
        }
        float[][] targets = {table.target("target"), table.target("target_aux_60")};
        return new EraTable(
                ids,
                eras,
                types,
                table.featureNames(),
                columns,
                table.targetNames(),
                targets,
                table.featureSets());
    }
}
