package dev.dynamos.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dynamos.data.EraTable;
import dev.dynamos.heads.SyntheticTables;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingRunTest {

    /** Synthetic signal is strong; out-of-fold and validation CORR clear this easily. */
    private static final double MIN_CORR = 0.05;

    private static final EraTable TABLE = SyntheticTables.table(30, 120, 6, 3, 5, 6, 1);

    @TempDir Path experiments;

    private static RunConfig quick(String file) {
        return RunConfigs.read(Path.of("configs", file));
    }

    private Path train(String file) {
        DataFingerprint fingerprint = DataFingerprint.of(List.of(), TABLE.rows(), 30, 6);
        return TrainingRun.run(quick(file), TABLE, fingerprint, experiments, RunProgress.silent());
    }

    @Test
    void writesEveryRunFileWithPositiveScores() throws IOException {
        Path folder = train("lgbm-quick.yaml");
        assertThat(folder.getParent()).isEqualTo(experiments.resolve("lgbm-quick"));
        assertThat(folder.getFileName().toString()).matches("\\d{8}-\\d{6}-[0-9a-f]{8}");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrder(
                            "config.yaml",
                            "data.json",
                            "run.json",
                            "model.txt",
                            "oof_predictions.parquet",
                            "validation_predictions.parquet",
                            "metrics.json",
                            "per_era.csv",
                            "importance.csv",
                            "report.html");
        }
        JsonNode metrics = new ObjectMapper().readTree(folder.resolve("metrics.json").toFile());
        assertThat(metrics.at("/validation/eras").asInt()).isEqualTo(6);
        assertThat(metrics.at("/validation/rows").asInt()).isEqualTo(6 * 120);
        assertThat(metrics.at("/validation/corr/mean").asDouble()).isGreaterThan(MIN_CORR);
        assertThat(metrics.at("/validation/fnc/mean").isNumber()).isTrue();
        assertThat(metrics.at("/oof/corr/mean").asDouble()).isGreaterThan(MIN_CORR);
        assertThat(Files.readAllLines(folder.resolve("per_era.csv"))).hasSize(1 + 6 + 18);
        assertThat(Files.readString(folder.resolve("report.html")))
                .contains("chart-cumulative-corr", "chart-top-features-by-importance");
    }

    @Test
    void predictionFilesHoldIdsErasAndPredictions() {
        Path folder = train("xgb-quick.yaml");
        List<PredictionFiles.Row> validation =
                PredictionFiles.read(folder.resolve("validation_predictions.parquet"));
        assertThat(validation).hasSize(6 * 120);
        assertThat(validation.get(0).era()).isEqualTo("0024");
        assertThat(validation.get(0).id()).isEqualTo(TABLE.id(TABLE.eraStart(23)));
        List<PredictionFiles.Row> oof =
                PredictionFiles.read(folder.resolve("oof_predictions.parquet"));
        // Expanding, 3 folds over 23 training eras: the first block (5 eras) is never validated.
        assertThat(oof).hasSize((23 - 5) * 120);
    }

    @Test
    void reportCopesWithAValidationSeriesShorterThanTheRollingWindow() throws IOException {
        EraTable longHistory = SyntheticTables.table(84, 30, 4, 2, 8, 3, 0);
        DataFingerprint fingerprint = DataFingerprint.of(List.of(), longHistory.rows(), 84, 4);
        Path folder =
                TrainingRun.run(
                        quick("xgb-quick.yaml"),
                        longHistory,
                        fingerprint,
                        experiments,
                        RunProgress.silent());
        assertThat(Files.readString(folder.resolve("report.html")))
                .contains("chart-rolling-sharpe");
    }

    @Test
    void rerunWithSameSeedGivesIdenticalMetrics() throws IOException {
        Path first = train("xgb-quick.yaml");
        Path second = train("xgb-quick.yaml");
        assertThat(first).isNotEqualTo(second);
        assertThat(Files.readString(second.resolve("metrics.json")))
                .isEqualTo(Files.readString(first.resolve("metrics.json")));
        assertThat(Files.readString(second.resolve("per_era.csv")))
                .isEqualTo(Files.readString(first.resolve("per_era.csv")));
    }
}
