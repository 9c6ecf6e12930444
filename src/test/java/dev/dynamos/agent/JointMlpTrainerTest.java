package dev.dynamos.agent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynamos.data.EraTable;
import dev.dynamos.heads.EraSlice;
import dev.dynamos.heads.MlpActivation;
import dev.dynamos.heads.MlpParams;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JointMlpTrainerTest {

    private static final int ERAS = 24;
    private static final int ROWS = 60;
    private static final int FEATURES = 8;
    private static final int EMBARGO = 3;
    private static final AgentConfig CONFIG =
            AgentConfig.fromYaml(
                    "hiddenSize: 8\nheads: 2\nmasksPerStep: 4\ntrailingWindow: 6\nembargo: "
                            + EMBARGO
                            + "\nwarmupSteps: 2\nreplayBatch: 1\nlearningRate: 0.01\nbudget: 4\n"
                            + "seed: 3\n",
                    "test");

    @BeforeAll
    static void fewThreads() {
        Nd4jThreads.limit(1);
    }

    private static MlpParams mlp() {
        return new MlpParams(List.of(8), MlpActivation.RELU, 0.0, 1e-2, 64, 2, 2, 0.0, 9L, 1);
    }

    private static JointMlpTrainer trainer(EraTable table) {
        TokenBuilder tokens = TokenBuilder.forTable(table, AgentTestData.TARGET, CONFIG);
        return new JointMlpTrainer(
                table,
                AgentTestData.TARGET,
                AgentTestData.range(0, ERAS),
                CONFIG,
                mlp(),
                tokens,
                EraScore.numeraiCorr());
    }

    @Test
    void sameSeedGivesTheSameRewardsAndPredictions() {
        EraTable table = AgentTestData.table(4, ERAS, ROWS, FEATURES);
        try (JointMlpTrainer a = trainer(table);
                JointMlpTrainer b = trainer(table)) {
            List<StepReport> first = a.train();
            List<StepReport> second = b.train();
            for (int i = 0; i < first.size(); i++) {
                assertThat(first.get(i).rewards()).containsExactly(second.get(i).rewards());
            }
            int[] last = {ERAS - 1};
            assertThat(a.predict(last)).containsExactly(b.predict(last));
        }
    }

    @Test
    void everyEraIsResolvedInOrderExceptTheLastEmbargo() {
        EraTable table = AgentTestData.table(4, ERAS, ROWS, FEATURES);
        try (JointMlpTrainer joint = trainer(table)) {
            List<StepReport> reports = joint.train();

            assertThat(reports).hasSize(ERAS - EMBARGO);
            for (int i = 0; i < reports.size(); i++) {
                assertThat(reports.get(i).era()).isEqualTo(i);
            }
            assertThat(reports.get(0).warmup()).isTrue();
            StepReport last = reports.get(reports.size() - 1);
            assertThat(last.warmup()).isFalse();
            assertThat(last.rewards()).hasSize(CONFIG.masksPerStep());
            assertThat(joint.learnedEras()).isEqualTo(ERAS - EMBARGO);
        }
    }

    /**
     * The reward for era t must come from an MLP that has learned only eras whose targets are known
     * at t: changing the targets of eras t - embargo + 1 .. t - 1 must leave t's rewards as they
     * were, while t's own targets (the reward's subject) do change them.
     */
    @Test
    void rewardsOfAnEraIgnoreTargetsOfErasNotYetKnown() {
        EraTable table = AgentTestData.table(4, ERAS, ROWS, FEATURES);
        int t = 15;
        EraTable unknownChanged = shuffleTargets(table, t - EMBARGO + 1, t - 1);
        EraTable ownChanged = shuffleTargets(table, t, t);

        double[] rewards = rewardsAt(table, t);

        assertThat(rewardsAt(unknownChanged, t)).containsExactly(rewards);
        assertThat(rewardsAt(ownChanged, t)).isNotEqualTo(rewards);
    }

    private static double[] rewardsAt(EraTable table, int t) {
        try (JointMlpTrainer joint = trainer(table)) {
            StepReport report = joint.train().get(t);
            assertThat(report.era()).isEqualTo(t);
            assertThat(report.warmup()).isFalse();
            return report.rewards();
        }
    }

    private static EraTable shuffleTargets(EraTable table, int firstEra, int lastEra) {
        float[] target = table.target(AgentTestData.TARGET).clone();
        Random random = new Random(11);
        for (int e = firstEra; e <= lastEra; e++) {
            for (int r = table.eraEnd(e) - 1; r > table.eraStart(e); r--) {
                int other = table.eraStart(e) + random.nextInt(r - table.eraStart(e) + 1);
                float swap = target[r];
                target[r] = target[other];
                target[other] = swap;
            }
        }
        return AgentTestData.withTargets(table, target);
    }

    @Test
    void permutingADroppedColumnLeavesTheEraPredictionsUnchanged() {
        EraTable table = AgentTestData.table(4, ERAS, ROWS, FEATURES);
        int era = ERAS - 1;
        try (JointMlpTrainer joint = trainer(table)) {
            joint.train();
            float[] mask = joint.mask(era);
            int dropped = firstWith(mask, 0f);
            int kept = firstWith(mask, 1f);
            float[] before = joint.predict(new int[] {era});

            assertThat(predictWithPermuted(joint, table, era, dropped)).containsExactly(before);
            assertThat(predictWithPermuted(joint, table, era, kept)).isNotEqualTo(before);
        }
    }

    private static int firstWith(float[] mask, float value) {
        for (int f = 0; f < mask.length; f++) {
            if (mask[f] == value) {
                return f;
            }
        }
        throw new AssertionError("no feature with mask value " + value);
    }

    /** Predicts the era with the trained MLP and the era's mask after permuting one column. */
    private static float[] predictWithPermuted(
            JointMlpTrainer joint, EraTable table, int era, int feature) {
        byte[][] columns = new byte[table.featureCount()][];
        for (int f = 0; f < columns.length; f++) {
            columns[f] = table.column(f).clone();
        }
        byte[] column = columns[feature];
        Random random = new Random(5);
        for (int r = table.eraEnd(era) - 1; r > table.eraStart(era); r--) {
            int other = table.eraStart(era) + random.nextInt(r - table.eraStart(era) + 1);
            byte swap = column[r];
            column[r] = column[other];
            column[other] = swap;
        }
        EraTable permuted =
                AgentTestData.withColumns(table, columns, table.target(AgentTestData.TARGET));
        boolean[][] keep = new boolean[1][table.featureCount()];
        float[] mask = joint.mask(era);
        for (int f = 0; f < mask.length; f++) {
            keep[0][f] = mask[f] > 0;
        }
        int[] all = AgentTestData.range(0, table.featureCount());
        return joint.head()
                .predict(new EraSlice(permuted, new int[] {era}, all, Optional.of(keep)));
    }
}
