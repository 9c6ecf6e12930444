package dev.dynamos.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynamos.common.BadInputException;
import dev.dynamos.heads.BoosterParams;
import dev.dynamos.heads.Device;
import dev.dynamos.heads.HeadKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunConfigsTest {

    private static final Path CONFIGS = Path.of("configs");

    @TempDir Path folder;

    @Test
    void everyShippedRunConfigParses() throws IOException {
        try (Stream<Path> files = Files.list(CONFIGS)) {
            assertThat(shipped(files, false).map(RunConfigs::read)).hasSizeGreaterThanOrEqualTo(5);
        }
    }

    @Test
    void everyShippedComparisonConfigParsesWithItsAgentSection() throws IOException {
        try (Stream<Path> files = Files.list(CONFIGS)) {
            assertThat(
                            shipped(files, true)
                                    .map(f -> RunConfigs.read(f, CompareConfig.class))
                                    .map(CompareConfig::agentConfig))
                    .hasSizeGreaterThanOrEqualTo(4);
        }
    }

    @Test
    void unknownAgentKeyInAComparisonIsBadInput() throws IOException {
        String yaml =
                Files.readString(CONFIGS.resolve("compare-quickstart.yaml"))
                        .replace("  masksPerStep: 6", "  masksPerStepp: 6");
        CompareConfig config = RunConfigs.parse(yaml, "edited.yaml", CompareConfig.class);

        assertThatThrownBy(() -> config.agentConfig("edited.yaml"))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("unknown_config_key")
                .hasMessageContaining("edited.yaml")
                .hasMessageContaining("masksPerStepp")
                .hasMessageContaining("masksPerStep,");
    }

    private static Stream<Path> shipped(Stream<Path> files, boolean comparisons) {
        return files.filter(f -> f.toString().endsWith(".yaml"))
                .filter(f -> f.getFileName().toString().startsWith("compare-") == comparisons);
    }

    @Test
    void standardConfigHoldsNumeraisStandardParameters() {
        RunConfig config = RunConfigs.read(CONFIGS.resolve("lgbm-standard.yaml"));
        BoosterParams params = config.head().params().toBoosterParams(2, 42, Device.CPU);
        assertThat(config.head().kind()).isEqualTo(HeadKind.LIGHTGBM);
        assertThat(params.numTrees()).isEqualTo(2000);
        assertThat(params.learningRate()).isEqualTo(0.01);
        assertThat(params.maxDepth()).isEqualTo(5);
        assertThat(params.numLeaves()).isEqualTo(31);
        assertThat(params.colsampleByTree()).isEqualTo(0.1);
        assertThat(config.crossValidation().embargoFor("target_x_60")).isEqualTo(13);
    }

    @Test
    void unknownKeyIsBadInputNamingTheKeyAndFile() throws IOException {
        String yaml =
                Files.readString(CONFIGS.resolve("xgb-quick.yaml"))
                        .replace("  every_kth_era: 1", "  every_kth_era: 1\n  evry_era: 2");
        Path file = folder.resolve("typo.yaml");
        Files.writeString(file, yaml);
        assertThatThrownBy(() -> RunConfigs.read(file))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("unknown_config_key")
                .hasMessageContaining("evry_era")
                .hasMessageContaining(file.toString());
    }

    @Test
    void outOfRangeValueIsBadInputNamingTheKey() throws IOException {
        String yaml =
                Files.readString(CONFIGS.resolve("xgb-quick.yaml"))
                        .replace("learning_rate: 0.1", "learning_rate: 3");
        assertThatThrownBy(() -> RunConfigs.parse(yaml, "x.yaml"))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("learningRate must be in (0, 1], got 3.0");
    }

    @Test
    void missingKeyIsBadInputNamingTheKeyPath() throws IOException {
        String yaml = Files.readString(CONFIGS.resolve("xgb-quick.yaml")).replace("seed: 42", "");
        String withoutTreeCount =
                Files.readString(CONFIGS.resolve("xgb-quick.yaml"))
                        .lines()
                        .filter(line -> !line.contains("num_trees:"))
                        .collect(java.util.stream.Collectors.joining("\n"));

        assertThatThrownBy(() -> RunConfigs.parse(yaml, "x.yaml"))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("missing_config_key")
                .hasMessageContaining("'seed'");
        assertThatThrownBy(() -> RunConfigs.parse(withoutTreeCount, "short.yaml"))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("missing_config_key")
                .hasMessageContaining("short.yaml")
                .hasMessageContaining("head.params.num_trees");
    }

    @Test
    void writtenConfigReadsBackEqual() {
        RunConfig config =
                RunConfigs.read(CONFIGS.resolve("lgbm-quick.yaml")).withResolvedEmbargo();
        assertThat(RunConfigs.parse(RunConfigs.toYaml(config), "round trip")).isEqualTo(config);
        assertThat(RunConfigs.toYaml(config)).contains("kind: lightgbm", "embargo_eras: 4");
    }
}
