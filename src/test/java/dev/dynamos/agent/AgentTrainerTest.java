package dev.dynamos.agent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynamos.data.EraTable;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgentTrainerTest {

    private static final int ERAS = 40;
    private static final int ROWS = 60;
    private static final int FEATURES = 8;
    private static final String CONFIG =
            "hiddenSize: 8\nheads: 2\nmasksPerStep: 4\nfitWindow: 6\ntrailingWindow: 8\n"
                    + "warmupSteps: 2\nsteps: 8\ncheckpointEvery: 4\nreplayBatch: 2\n"
                    + "learningRate: 0.01\nimitationSteps: 20\nseed: 5\n";

    @BeforeAll
    static void fewThreads() {
        Nd4jThreads.limit(1);
    }

    private static AgentTrainer trainer(EraTable table, AgentConfig config) {
        return new AgentTrainer(
                table,
                AgentTestData.TARGET,
                AgentTestData.range(0, ERAS),
                config,
                LinearFakeHead::new,
                EraScore.numeraiCorr());
    }

    private static AgentTrainer resume(Path folder, EraTable table) {
        return AgentTrainer.resume(
                folder,
                table,
                AgentTestData.TARGET,
                AgentTestData.range(0, ERAS),
                LinearFakeHead::new,
                EraScore.numeraiCorr());
    }

    @Test
    void resumedRunEndsWithTheSameParametersAsAnUninterruptedRun(@TempDir Path folder) {
        EraTable table = AgentTestData.table(1, ERAS, ROWS, FEATURES);
        AgentConfig config = AgentConfig.fromYaml(CONFIG, "test");
        AgentTrainer uninterrupted = trainer(table, config);
        uninterrupted.train(Optional.empty());

        AgentTrainer first = trainer(table, config);
        for (int i = 0; i < 5; i++) {
            first.step();
            if (first.stepsDone() == 4) {
                first.saveCheckpoint(folder);
            }
        }
        AgentTrainer resumed = resume(folder, table);
        assertThat(resumed.stepsDone()).isEqualTo(4);
        resumed.train(Optional.empty());

        assertThat(resumed.policy().parameters())
                .containsExactly(uninterrupted.policy().parameters());
        assertThat(resumed.buffer().offered()).isEqualTo(uninterrupted.buffer().offered());
    }

    @Test
    void checkpointOfAnotherPolicyLayoutIsBadInput(@TempDir Path folder) throws Exception {
        EraTable table = AgentTestData.table(1, ERAS, ROWS, FEATURES);
        AgentTrainer trainer =
                trainer(table, AgentConfig.fromYaml(CONFIG + "priorGain: 0\n", "test"));
        trainer.step();
        trainer.saveCheckpoint(folder);
        Path config = TrainerCheckpoint.latest(folder).orElseThrow().resolve("config.yaml");
        // Without the key, the resumed policy takes the default prior gain and one more
        // parameter, as a checkpoint written before the key existed does.
        java.nio.file.Files.writeString(
                config,
                java.nio.file.Files.readString(config).replaceAll("(?m)^priorGain:.*\n", ""));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> resume(folder, table))
                .isInstanceOf(dev.dynamos.common.BadInputException.class)
                .hasMessageContaining("bad_checkpoint")
                .hasMessageContaining("--resume");
    }

    @Test
    void trainingWritesCheckpointsAndMovesTheParameters(@TempDir Path folder) {
        EraTable table = AgentTestData.table(1, ERAS, ROWS, FEATURES);
        AgentTrainer trainer = trainer(table, AgentConfig.fromYaml(CONFIG, "test"));
        double[] initial = trainer.policy().parameters();

        List<StepReport> reports = trainer.train(Optional.of(folder));

        assertThat(reports).hasSize(8);
        assertThat(reports.get(0).warmup()).isTrue();
        assertThat(reports.get(2).rewards()).hasSize(4);
        assertThat(TrainerCheckpoint.latest(folder)).contains(folder.resolve("step-000008"));
        assertThat(trainer.policy().parameters()).isNotEqualTo(initial);
    }

    @Test
    void fitWindowEndsAtTheLastEraWithKnownTargets() {
        EraTable table = AgentTestData.table(1, ERAS, ROWS, FEATURES);
        AgentTrainer trainer = trainer(table, AgentConfig.fromYaml(CONFIG, "test"));

        int[] window = trainer.fitWindow(20);

        assertThat(window).containsExactly(11, 12, 13, 14, 15, 16);
        assertThat(trainer.eligibleEras()[0]).isEqualTo(9);
    }

    @Test
    void imitationMakesTheInferenceMaskFollowTheTrailingEvidence() {
        EraTable table = AgentTestData.table(1, ERAS, ROWS, FEATURES);
        AgentConfig config =
                AgentConfig.fromYaml(
                        CONFIG.replace("imitationSteps: 20", "imitationSteps: 150")
                                + "budget: 2\npriorGain: 0\n",
                        "test");
        AgentTrainer trainer = trainer(table, config);
        double before = priorOverlap(trainer);

        trainer.step();

        assertThat(priorOverlap(trainer)).isGreaterThan(0.9).isGreaterThan(before);
    }

    @Test
    void priorGainMakesAFreshPolicyKeepThePriorsTopFeatures() {
        EraTable table = AgentTestData.table(1, ERAS, ROWS, FEATURES);
        String fresh = CONFIG.replace("imitationSteps: 20", "imitationSteps: 0") + "budget: 2\n";
        AgentTrainer withPrior = trainer(table, AgentConfig.fromYaml(fresh, "test"));
        AgentTrainer without =
                trainer(table, AgentConfig.fromYaml(fresh + "priorGain: 0\n", "test"));

        assertThat(priorOverlap(withPrior)).isGreaterThan(0.95);
        assertThat(priorOverlap(without)).isLessThan(0.8);
    }

    /** Mean share of the top-2 prior features that the inference mask keeps, over eligible eras. */
    private static double priorOverlap(AgentTrainer trainer) {
        double overlap = 0;
        int[] eras = trainer.eligibleEras();
        for (int t : eras) {
            FeatureTokens tokens = trainer.tokens().tokens(t);
            float[] prior = MaskSampler.topK(trainer.tokens().priorScores(tokens), 2);
            float[] mask = trainer.policy().inferenceMask(trainer.policy().logits(tokens), 2);
            for (int f = 0; f < mask.length; f++) {
                overlap += prior[f] * mask[f] / 2.0 / eras.length;
            }
        }
        return overlap;
    }
}
