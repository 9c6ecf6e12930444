package dev.dynamos.agent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynamos.data.EraTable;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DynamicSelectionTest {

    private static final int ERAS = 36;
    private static final int ROWS = 50;
    private static final int FEATURES = 8;

    @BeforeAll
    static void fewThreads() {
        Nd4jThreads.limit(1);
    }

    private static AgentTrainer trainer(EraTable table) {
        AgentConfig config =
                AgentConfig.fromYaml(
                        "hiddenSize: 8\nheads: 2\nfitWindow: 6\ntrailingWindow: 8\nsteps: 0\n"
                                + "budget: 4\n",
                        "test");
        return new AgentTrainer(
                table,
                AgentTestData.TARGET,
                AgentTestData.range(0, 28),
                config,
                LinearFakeHead::new,
                EraScore.numeraiCorr());
    }

    private static EraTable permuteColumnInEra(EraTable table, int feature, int era) {
        byte[][] columns = new byte[table.featureCount()][];
        for (int f = 0; f < columns.length; f++) {
            columns[f] = table.column(f).clone();
        }
        Random random = new Random(9);
        byte[] column = columns[feature];
        for (int r = table.eraEnd(era) - 1; r > table.eraStart(era); r--) {
            int other = table.eraStart(era) + random.nextInt(r - table.eraStart(era) + 1);
            byte swap = column[r];
            column[r] = column[other];
            column[other] = swap;
        }
        return AgentTestData.withColumns(table, columns, table.target(AgentTestData.TARGET));
    }

    private static float[] predict(EraTable table, AgentTrainer trainer, int era) {
        try (DynamicSelection selection =
                new DynamicSelection(
                        table,
                        AgentTestData.TARGET,
                        trainer.policy(),
                        TokenBuilder.forTable(
                                table, AgentTestData.TARGET, trainer.config(), LinearFakeHead::new),
                        trainer.config(),
                        LinearFakeHead::new,
                        AgentTestData.range(0, 28),
                        Optional.empty())) {
            return selection.predictEra(era).predictions();
        }
    }

    @Test
    void permutingADroppedColumnLeavesTheEraUnchangedAndAKeptOneDoesNot() {
        EraTable table = AgentTestData.table(2, ERAS, ROWS, FEATURES);
        AgentTrainer trainer = trainer(table);
        int era = 32;
        float[] mask;
        try (DynamicSelection selection =
                DynamicSelection.trailing(
                        table,
                        AgentTestData.TARGET,
                        trainer,
                        LinearFakeHead::new,
                        AgentTestData.range(0, 28))) {
            mask = selection.mask(era);
        }
        int dropped = firstWith(mask, 0f);
        int kept = firstWith(mask, 1f);
        float[] base = predict(table, trainer, era);

        float[] afterDropped = predict(permuteColumnInEra(table, dropped, era), trainer, era);
        float[] afterKept = predict(permuteColumnInEra(table, kept, era), trainer, era);

        assertThat(afterDropped).containsExactly(base);
        assertThat(afterKept).isNotEqualTo(base);
    }

    private static int firstWith(float[] mask, float value) {
        for (int f = 0; f < mask.length; f++) {
            if (mask[f] == value) {
                return f;
            }
        }
        throw new AssertionError("a budget-4 mask of 8 features has no flag " + value);
    }

    @Test
    void fixedFitErasShareOneHeadPerMask() {
        EraTable table = AgentTestData.table(2, ERAS, ROWS, FEATURES);
        AgentTrainer trainer = trainer(table);
        try (DynamicSelection selection =
                DynamicSelection.fixed(
                        table,
                        AgentTestData.TARGET,
                        trainer,
                        LinearFakeHead::new,
                        AgentTestData.range(0, 28))) {
            var predictions = selection.predict(AgentTestData.range(28, ERAS));
            long distinctMasks =
                    predictions.stream()
                            .map(p -> java.util.Arrays.toString(p.mask()))
                            .distinct()
                            .count();
            assertThat(selection.fittedHeads()).isEqualTo((int) distinctMasks);
            assertThat(predictions.get(0).predictions()).hasSize(ROWS);
        }
    }
}
