package dev.dynamos.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dynamos.data.DataType;
import dev.dynamos.data.EraTable;
import dev.dynamos.data.FeatureSets;
import dev.dynamos.data.io.NumeraiWriter;
import dev.dynamos.scoring.CorrScorer;
import dev.dynamos.scoring.EraSummary;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ScoreCommandTest {

    private static final long SEED = 5L;
    private static final int ERAS = 5;
    private static final int ROWS_PER_ERA = 200;
    private static final List<String> FEATURES =
            List.of("feature_a", "feature_b", "feature_c", "feature_d");

    /** JSON numbers round-trip exactly; the summary is recomputed from the same per-era CORR. */
    private static final double SAME = 1e-15;

    @TempDir Path dir;

    private EraTable table;
    private Path data;
    private Path predictions;
    private Path metaModel;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void writeInputs() throws IOException {
        table = table();
        data = dir.resolve("validation.parquet");
        NumeraiWriter.writeFile(table, data);
        predictions = dir.resolve("predictions.csv");
        metaModel = dir.resolve("meta_model.csv");
        Random random = new Random(SEED);
        List<String> predictionLines = new ArrayList<>(List.of("id,prediction"));
        List<String> metaLines = new ArrayList<>(List.of("id,numerai_meta_model"));
        for (int r = 0; r < table.rows(); r++) {
            float target = table.target("target")[r];
            double signal = table.column(0)[r] + (Float.isNaN(target) ? 0 : 0.3 * target);
            predictionLines.add(table.id(r) + "," + (signal + random.nextGaussian()) / 10);
            metaLines.add(table.id(r) + "," + (table.column(1)[r] + random.nextGaussian()));
        }
        Files.write(predictions, predictionLines);
        Files.write(metaModel, metaLines);
    }

    @Test
    void scoresEveryMetricOnValidationEras() throws IOException {
        Path perEra = dir.resolve("per_era.csv");
        Path json = dir.resolve("score.json");

        int code =
                run(
                        "--predictions",
                        predictions.toString(),
                        "--data",
                        data.toString(),
                        "--meta-model",
                        metaModel.toString(),
                        "--benchmark",
                        metaModel.toString(),
                        "--benchmark-column",
                        "numerai_meta_model",
                        "--per-era",
                        perEra.toString(),
                        "--out",
                        json.toString());

        assertThat(code).as(err.toString()).isZero();
        JsonNode summary = new ObjectMapper().readTree(out.toString());
        assertThat(summary.get("rows").asInt()).isEqualTo(ERAS * ROWS_PER_ERA);
        assertThat(summary.get("eras").asInt()).isEqualTo(ERAS);
        assertThat(summary.get("corr").get("mean").asDouble())
                .isCloseTo(expectedCorr().mean(), within(SAME));
        assertThat(summary.get("corr").get("max_drawdown").asDouble()).isNotNegative();
        assertThat(summary.get("mmc").get("mean").asDouble())
                .isEqualTo(summary.get("bmc").get("mean").asDouble());
        assertThat(summary.get("fnc").get("sharpe").isNumber()).isTrue();
        assertThat(summary.get("max_feature_exposure").asDouble()).isBetween(0.1, 1.0);
        assertThat(new ObjectMapper().readTree(Files.readString(json))).isEqualTo(summary);
        List<String> lines = Files.readAllLines(perEra);
        assertThat(lines.get(0)).isEqualTo("era,rows,corr,mmc,bmc,fnc,max_feature_exposure");
        assertThat(lines).hasSize(ERAS + 1);
    }

    @Test
    void noneSkipsFeatureNeutralScores() throws IOException {
        int code =
                run(
                        "--predictions",
                        predictions.toString(),
                        "--data",
                        data.toString(),
                        "--neutralizers",
                        "none");

        assertThat(code).as(err.toString()).isZero();
        JsonNode summary = new ObjectMapper().readTree(out.toString());
        assertThat(summary.has("fnc")).isFalse();
        assertThat(summary.has("max_feature_exposure")).isFalse();
        assertThat(summary.has("mmc")).isFalse();
    }

    @Test
    void predictionsMissingAFewIdsAreScoredOnTheRest() throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(predictions));
        for (int r = 10; r > 0; r--) {
            lines.remove(r * 37);
        }
        Files.write(predictions, lines);

        int code = run("--predictions", predictions.toString(), "--data", data.toString());

        assertThat(code).as(err.toString()).isZero();
        JsonNode summary = new ObjectMapper().readTree(out.toString());
        assertThat(summary.get("fnc").get("eras").asInt()).isEqualTo(ERAS);
        assertThat(summary.get("corr").get("mean").asDouble()).isPositive();
    }

    @Test
    void nanPredictionIsBadInput() throws IOException {
        List<String> lines = Files.readAllLines(predictions);
        lines.set(3, lines.get(3).split(",")[0] + ",NaN");
        Files.write(predictions, lines);

        assertThat(run("--predictions", predictions.toString(), "--data", data.toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("nan_predictions").contains("row 3");
    }

    @Test
    void missingTargetIsBadInput() {
        int code =
                run(
                        "--predictions",
                        predictions.toString(),
                        "--data",
                        data.toString(),
                        "--target",
                        "target_nope");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("target_nope");
    }

    @Test
    void metaModelFileWithoutItsColumnIsBadInput() {
        int code =
                run(
                        "--predictions",
                        predictions.toString(),
                        "--data",
                        data.toString(),
                        "--meta-model",
                        predictions.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("missing_column").contains("numerai_meta_model");
    }

    @Test
    void tooFewOverlappingIdsSayHowManyMatched() throws IOException {
        List<String> lines = Files.readAllLines(predictions);
        Files.write(predictions, lines.subList(0, 1 + table.rows() / 2));

        assertThat(run("--predictions", predictions.toString(), "--data", data.toString()))
                .isEqualTo(2);
        assertThat(err.toString())
                .contains("too_few_overlapping_ids")
                .contains("600 of its 1000 ids");
    }

    @Test
    void existingOutputIsKeptWithoutForce() throws IOException {
        Path json = dir.resolve("score.json");
        Files.writeString(json, "keep");

        int code =
                run(
                        "--predictions",
                        predictions.toString(),
                        "--data",
                        data.toString(),
                        "--out",
                        json.toString());

        assertThat(code).isEqualTo(2);
        assertThat(Files.readString(json)).isEqualTo("keep");
    }

    /** Returns the CORR summary computed directly from the predictions file's rows. */
    private EraSummary expectedCorr() throws IOException {
        EraTable scored = table.selectEras(new int[] {0, 1, 2, 3, 4});
        List<String> lines = Files.readAllLines(predictions);
        double[] rowPredictions = new double[scored.rows()];
        for (int r = 0; r < scored.rows(); r++) {
            String[] cells = lines.get(r + 1).split(",");
            assertThat(cells[0]).isEqualTo(scored.id(r));
            rowPredictions[r] = Double.parseDouble(cells[1]);
        }
        CorrScorer scorer = new CorrScorer(scored.target("target"), CorrScorer.eraStarts(scored));
        return EraSummary.of(scorer.corrByEra(rowPredictions));
    }

    private int run(String... args) {
        CommandLine commandLine = DynamosCommand.newCommandLine(false);
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        String[] full = new String[args.length + 1];
        full[0] = "score";
        System.arraycopy(args, 0, full, 1, args.length);
        return commandLine.execute(full);
    }

    /** Five validation eras of 200 rows and one live era without targets. */
    private static EraTable table() {
        Random random = new Random(SEED);
        int rows = (ERAS + 1) * ROWS_PER_ERA;
        String[] ids = new String[rows];
        int[] eraOfRow = new int[rows];
        DataType[] types = new DataType[rows];
        byte[][] features = new byte[FEATURES.size()][rows];
        float[][] targets = new float[1][rows];
        for (int r = 0; r < rows; r++) {
            int era = r / ROWS_PER_ERA + 1;
            ids[r] = "n" + Integer.toHexString(1_000_000 + r);
            eraOfRow[r] = era;
            types[r] = era > ERAS ? DataType.LIVE : DataType.VALIDATION;
            for (byte[] column : features) {
                column[r] = (byte) random.nextInt(5);
            }
            int bin = Math.max(0, Math.min(4, features[0][r] + random.nextInt(3) - 1));
            targets[0][r] = era > ERAS ? Float.NaN : bin / 4f;
        }
        return new EraTable(
                ids,
                eraOfRow,
                types,
                FEATURES,
                features,
                List.of("target"),
                targets,
                FeatureSets.allOnly(FEATURES));
    }
}
