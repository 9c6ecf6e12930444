package dev.dynamos.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dynamos.common.AtomicOutput;
import dev.dynamos.common.BadInputException;
import dev.dynamos.data.DataType;
import dev.dynamos.data.EraTable;
import dev.dynamos.data.io.NumeraiReader;
import dev.dynamos.data.io.ReadOptions;
import dev.dynamos.scoring.CorrOptions;
import dev.dynamos.scoring.CorrScorer;
import dev.dynamos.scoring.EraScores;
import dev.dynamos.scoring.EraScoring;
import dev.dynamos.scoring.EraSummary;
import dev.dynamos.scoring.IdAlignment;
import dev.dynamos.scoring.io.PredictionColumn;
import dev.dynamos.scoring.io.PredictionFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dynamos score}: Numerai's per-era scores of a predictions file against a data set's
 * target, summarised over eras as JSON (stdout and optionally a file), with an optional per-era
 * CSV.
 */
@Command(
        name = "score",
        mixinStandardHelpOptions = true,
        description = {
            "Score predictions with Numerai's CORR, and MMC, BMC, FNC and feature exposure where"
                    + " their inputs are given, per era and summarised.",
            "Summaries: mean, std (ddof 0), sharpe = mean/std, max_drawdown on the additive"
                    + " scale (largest fall of the running sum of per-era scores; positive)."
        })
public final class ScoreCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(ScoreCommand.class);

    /** What {@code --neutralizers} takes to skip FNC and feature exposure. */
    static final String NO_NEUTRALIZERS = "none";

    @Option(
            names = "--predictions",
            required = true,
            description = "CSV or Parquet with columns id,prediction (or probability).")
    Path predictions;

    @Option(
            names = "--data",
            required = true,
            description = "Numerai version folder, or one .parquet/.csv data file.")
    Path data;

    @Option(
            names = "--target",
            defaultValue = "target",
            description = "Target column (default: ${DEFAULT-VALUE}).")
    String target;

    @Option(
            names = "--data-type",
            split = ",",
            defaultValue = "validation",
            description = "Data types of the rows to score (default: ${DEFAULT-VALUE}).")
    List<String> dataTypes;

    @Option(names = "--meta-model", description = "Meta model file (id, numerai_meta_model).")
    Path metaModel;

    @Option(
            names = "--meta-model-column",
            defaultValue = PredictionFiles.META_MODEL_COLUMN,
            description = "Meta model column (default: ${DEFAULT-VALUE}).")
    String metaModelColumn;

    @Option(names = "--benchmark", description = "Benchmark models file for BMC.")
    Path benchmark;

    @Option(names = "--benchmark-column", description = "Benchmark model column for BMC.")
    String benchmarkColumn;

    @Option(
            names = "--neutralizers",
            defaultValue = "all",
            description =
                    "Feature set for FNC and exposure, a comma-separated feature list, or none"
                            + " (default: ${DEFAULT-VALUE}, every feature; with thousands of"
                            + " features FNC takes tens of seconds per era).")
    String neutralizers;

    @Option(names = "--per-era", description = "Write one row per era with every score (CSV).")
    Path perEra;

    @Option(names = "--out", description = "Also write the JSON summary to this file.")
    Path out;

    @Option(names = "--force", description = "Replace existing output files.")
    boolean force;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        checkOptions();
        PredictionColumn submission = readSubmission();
        EraTable table = scoredRows(readData());
        double[] rowPredictions = alignSubmission(table, submission);

        EraScores scores = EraScoring.score(input(table, rowPredictions), this::logProgress);

        ObjectNode summary = summaryJson(table, scores);
        String json = toJson(summary);
        spec.commandLine().getOut().println(json);
        spec.commandLine().getOut().flush();
        if (out != null) {
            writeAtomically(out, json + System.lineSeparator());
        }
        if (perEra != null) {
            writeAtomically(perEra, PerEraCsv.of(table, scores));
            LOG.info("wrote per-era scores to {}", perEra);
        }
        return 0;
    }

    private void checkOptions() {
        if ((benchmark == null) != (benchmarkColumn == null)) {
            throw new BadInputException(
                    "missing_option",
                    "--benchmark and --benchmark-column go together; pass both to compute BMC");
        }
        for (Path output : new Path[] {out, perEra}) {
            if (output != null && Files.exists(output) && !force) {
                AtomicOutput.prepare(output, false);
            }
        }
    }

    private PredictionColumn readSubmission() {
        PredictionColumn column = PredictionFiles.readPredictions(predictions);
        int nan = column.firstNaNRow();
        if (nan >= 0) {
            throw new BadInputException(
                    "nan_predictions",
                    predictions
                            + " has a NaN or empty prediction for id '"
                            + column.ids()[nan]
                            + "' (row "
                            + (nan + 1)
                            + "); every prediction must be a number");
        }
        LOG.info("read {} predictions from {}", column.rows(), predictions);
        return column;
    }

    private EraTable readData() {
        Set<DataType> types = EnumSet.noneOf(DataType.class);
        for (String type : dataTypes) {
            types.add(DataType.parse(type.trim()));
        }
        // An empty explicit feature list (",") loads no feature columns at all.
        String featureSet = NO_NEUTRALIZERS.equals(neutralizers) ? "," : neutralizers;
        ReadOptions options =
                ReadOptions.defaults()
                        .withFeatureSet(featureSet)
                        .withTargets(List.of(target))
                        .withDataTypes(types);
        return NumeraiReader.read(data, options);
    }

    /** Keeps the eras that have at least one known target; live and test eras drop out. */
    private EraTable scoredRows(EraTable table) {
        float[] targets = table.target(target);
        int[] kept = new int[table.eraCount()];
        int count = 0;
        for (int e = 0; e < table.eraCount(); e++) {
            for (int r = table.eraStart(e); r < table.eraEnd(e); r++) {
                if (!Float.isNaN(targets[r])) {
                    kept[count++] = e;
                    break;
                }
            }
        }
        if (count == 0) {
            throw new BadInputException(
                    "no_scored_rows",
                    data
                            + " has no "
                            + String.join(",", dataTypes)
                            + " rows with a known '"
                            + target
                            + "'; pass --data-type to choose other rows");
        }
        return count == table.eraCount() ? table : table.selectEras(Arrays.copyOf(kept, count));
    }

    private double[] alignSubmission(EraTable table, PredictionColumn submission) {
        double[] values = byRow(table, submission, "predictions " + predictions);
        int matched = 0;
        for (double v : values) {
            matched += Double.isNaN(v) ? 0 : 1;
        }
        IdAlignment.requireOverlap(
                matched,
                "predictions " + predictions,
                submission.rows(),
                "the scored rows of " + data,
                table.rows(),
                CorrOptions.DEFAULT_MAX_FILTERED_RATIO);
        LOG.info(
                "matched {} of {} scored rows in {} eras", matched, table.rows(), table.eraCount());
        return values;
    }

    /** Returns the column's value for each table row, NaN where the column has no such id. */
    private static double[] byRow(EraTable table, PredictionColumn column, String name) {
        Map<String, Integer> rowOf = new HashMap<>(table.rows() * 2);
        for (int r = 0; r < table.rows(); r++) {
            rowOf.put(table.id(r), r);
        }
        double[] values = new double[table.rows()];
        Arrays.fill(values, Double.NaN);
        boolean[] seen = new boolean[table.rows()];
        for (int i = 0; i < column.rows(); i++) {
            Integer row = rowOf.get(column.ids()[i]);
            if (row == null) {
                continue;
            }
            if (seen[row]) {
                throw new BadInputException(
                        "duplicate_ids", name + " holds id '" + column.ids()[i] + "' twice");
            }
            seen[row] = true;
            values[row] = column.values()[i];
        }
        return values;
    }

    private EraScoring.Input input(EraTable table, double[] rowPredictions) {
        Optional<double[]> meta =
                Optional.ofNullable(metaModel)
                        .map(file -> reference(table, file, metaModelColumn, "meta model"));
        Optional<double[]> bench =
                Optional.ofNullable(benchmark)
                        .map(file -> reference(table, file, benchmarkColumn, "benchmark"));
        Optional<byte[][]> features = Optional.empty();
        if (!NO_NEUTRALIZERS.equals(neutralizers)) {
            byte[][] columns = new byte[table.featureCount()][];
            for (int f = 0; f < columns.length; f++) {
                columns[f] = table.column(f);
            }
            features = Optional.of(columns);
            LOG.info("neutralizing against {} features for FNC and exposure", columns.length);
        }
        return new EraScoring.Input(
                CorrScorer.eraStarts(table),
                rowPredictions,
                table.target(target),
                meta,
                bench,
                features);
    }

    private double[] reference(EraTable table, Path file, String column, String what) {
        List<String> columns = PredictionFiles.columns(file);
        if (!columns.contains(column)) {
            throw new BadInputException(
                    "missing_column",
                    what
                            + " file "
                            + file
                            + " has no column '"
                            + column
                            + "'; its columns are: "
                            + String.join(", ", columns));
        }
        double[] values = byRow(table, PredictionFiles.read(file, column), what + " " + file);
        long present = Arrays.stream(values).filter(v -> !Double.isNaN(v)).count();
        if (present == 0) {
            throw new BadInputException(
                    "too_few_overlapping_ids",
                    what
                            + " file "
                            + file
                            + " matches 0 of the "
                            + table.rows()
                            + " scored rows; check that it covers the same eras and ids");
        }
        LOG.info("{} covers {} of {} scored rows", what, present, table.rows());
        return values;
    }

    private void logProgress(int era) {
        LOG.debug("scored era {}", era);
    }

    private ObjectNode summaryJson(EraTable table, EraScores scores) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("rows", table.rows());
        root.put("eras", table.eraCount());
        root.put("target", target);
        root.put("max_drawdown_scale", "additive");
        root.set("corr", summaryNode(mapper, EraSummary.of(scores.corr())));
        scores.mmc().ifPresent(s -> root.set("mmc", summaryNode(mapper, EraSummary.of(s))));
        scores.bmc().ifPresent(s -> root.set("bmc", summaryNode(mapper, EraSummary.of(s))));
        scores.fnc().ifPresent(s -> root.set("fnc", summaryNode(mapper, EraSummary.of(s))));
        scores.maxFeatureExposure()
                .ifPresent(s -> putNumber(root, "max_feature_exposure", EraSummary.of(s).mean()));
        return root;
    }

    private static ObjectNode summaryNode(ObjectMapper mapper, EraSummary summary) {
        ObjectNode node = mapper.createObjectNode();
        node.put("eras", summary.eras());
        putNumber(node, "mean", summary.mean());
        putNumber(node, "std", summary.std());
        putNumber(node, "sharpe", summary.sharpe());
        putNumber(node, "max_drawdown", summary.maxDrawdown());
        return node;
    }

    /** Writes a number, or null when it is NaN or infinite (JSON has neither). */
    static void putNumber(ObjectNode node, String key, double value) {
        if (Double.isFinite(value)) {
            node.put(key, value);
        } else {
            node.putNull(key);
        }
    }

    private static String toJson(ObjectNode node) {
        try {
            return new ObjectMapper()
                    .enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot format the score summary", e);
        }
    }

    private void writeAtomically(Path destination, String text) {
        Path temporary = AtomicOutput.prepare(destination, force);
        try {
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            AtomicOutput.commit(temporary, destination);
        } catch (IOException e) {
            AtomicOutput.discard(temporary);
            throw new UncheckedIOException("cannot write " + destination, e);
        }
    }
}
