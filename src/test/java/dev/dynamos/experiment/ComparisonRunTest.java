package dev.dynamos.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynamos.data.EraTable;
import dev.dynamos.data.synth.SynthGenerator;
import dev.dynamos.data.synth.SynthOptions;
import dev.dynamos.data.synth.SynthTruth;
import dev.dynamos.data.synth.SyntheticData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComparisonRunTest {

    @TempDir Path checkpoints;

    @Test
    void ceilingRowsKeepTheTrueRegimesFeaturesOfEraTAndOfTMinusTheEmbargo() throws IOException {
        SyntheticData data = SynthGenerator.generate(new SynthOptions(90, 60, 12, 3, 3, 2.0, 5));
        EraTable table = data.table();
        CompareConfig config = tinyConfig();

        ComparisonRun.Outcome outcome =
                ComparisonRun.run(
                        config,
                        table,
                        checkpoints,
                        false,
                        RunProgress.silent(),
                        Optional.of(data.truth()));

        int embargo = config.agentConfig().embargo();
        int[] validation = outcome.eras().validation();
        boolean[][] current = masksOf(outcome, ComparisonRun.TRUTH_MASK);
        boolean[][] lagged = masksOf(outcome, ComparisonRun.LAGGED_TRUTH_MASK);
        for (int i = 0; i < validation.length; i++) {
            int era = table.era(validation[i]);
            assertThat(kept(table, current[i]))
                    .containsExactlyInAnyOrderElementsOf(informative(data.truth(), era));
            assertThat(kept(table, lagged[i]))
                    .containsExactlyInAnyOrderElementsOf(informative(data.truth(), era - embargo));
        }
        assertThat(outcome.rows())
                .filteredOn(r -> r.name().startsWith("ceiling_"))
                .allSatisfy(r -> assertThat(r.validation()).doesNotContain(Float.NaN));
    }

    private static List<String> informative(SynthTruth truth, int era) {
        int regime = truth.regimeOf(era);
        return truth.regimes().stream()
                .filter(r -> r.index() == regime)
                .findFirst()
                .orElseThrow()
                .informativeFeatures();
    }

    private static boolean[][] masksOf(ComparisonRun.Outcome outcome, String name) {
        return outcome.rows().stream()
                .filter(r -> r.name().equals(name))
                .findFirst()
                .orElseThrow()
                .keepMasks()
                .orElseThrow();
    }

    private static List<String> kept(EraTable table, boolean[] mask) {
        List<String> names = new ArrayList<>();
        for (int f = 0; f < mask.length; f++) {
            if (mask[f]) {
                names.add(table.featureNames().get(f));
            }
        }
        return names;
    }

    /** The reduced quickstart comparison, cut to a few trees, steps and epochs. */
    private static CompareConfig tinyConfig() throws IOException {
        String yaml =
                Files.readString(Path.of("configs", "compare-quickstart-reduced.yaml"))
                        .replace("num_trees: 60", "num_trees: 5")
                        .replace("num_trees: 300", "num_trees: 5")
                        .replace("epochs: 3", "epochs: 1")
                        .replace("steps: 8", "steps: 2\n  imitationSteps: 3")
                        .replace("warmupSteps: 5", "warmupSteps: 1")
                        .replace("checkpointEvery: 4", "checkpointEvery: 0")
                        .replace("in_sample_eras: 5", "in_sample_eras: 2");
        return RunConfigs.parse(yaml, "tiny.yaml", CompareConfig.class);
    }
}
