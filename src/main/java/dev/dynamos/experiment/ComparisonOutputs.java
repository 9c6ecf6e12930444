package dev.dynamos.experiment;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.dynamos.agent.StepReport;
import dev.dynamos.data.EraTable;
import dev.dynamos.data.synth.SynthTruth;
import dev.dynamos.report.HtmlReport;
import dev.dynamos.scoring.CorrScorer;
import dev.dynamos.scoring.EraScores;
import dev.dynamos.scoring.EraScoring;
import dev.dynamos.submission.SubmissionRanker;
import dev.dynamos.submission.SubmissionWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Scores a comparison's rows and writes its run folder: {@code comparison.md}, {@code
 * metrics.json}, {@code per_era.csv}, {@code masks.csv}, per-row prediction files, {@code
 * report.html} and, when the data has a live era, {@code submission.csv} from the agent booster.
 */
public final class ComparisonOutputs {

    /** File name of the comparison table in a comparison run folder. */
    public static final String COMPARISON_TABLE = "comparison.md";

    private static final ObjectMapper JSON =
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final CompareConfig config;
    private final EraTable table;
    private final ComparisonRun.Outcome outcome;
    private final EraTable validation;

    /**
     * Creates the writer for one comparison.
     *
     * @param config the comparison's config
     * @param table the data the comparison ran on
     * @param outcome the rows' predictions
     */
    public ComparisonOutputs(CompareConfig config, EraTable table, ComparisonRun.Outcome outcome) {
        this.config = config;
        this.table = table;
        this.outcome = outcome;
        this.validation = table.selectEras(outcome.eras().validation());
    }

    /**
     * Scores every row on the validation eras (and in-sample eras).
     *
     * @return one score set per row, the static booster first
     */
    public List<ModelEraScores> score() {
        String target = config.data().target();
        int[] eraStart = CorrScorer.eraStarts(validation);
        byte[][] neutralizers = new byte[validation.featureCount()][];
        for (int f = 0; f < neutralizers.length; f++) {
            neutralizers[f] = validation.column(f);
        }
        double[] reference = toDouble(outcome.rows().get(0).validation());
        EraTable inSampleTable = table.selectEras(outcome.eras().inSample());
        CorrScorer inSample =
                new CorrScorer(inSampleTable.target(target), CorrScorer.eraStarts(inSampleTable));
        List<ModelEraScores> scores = new ArrayList<>();
        for (ComparisonRun.RowPredictions row : outcome.rows()) {
            EraScoring.Input input =
                    new EraScoring.Input(
                            eraStart,
                            toDouble(row.validation()),
                            validation.target(target),
                            Optional.empty(),
                            Optional.of(reference),
                            Optional.of(neutralizers));
            EraScores era = EraScoring.score(input, e -> {});
            ModelEraScores model =
                    ModelEraScores.of(row.name(), finite(era.corr()))
                            .withInSampleCorr(finite(inSample.corrByEra(row.inSample())));
            model = era.fnc().map(v -> finite(v)).map(model::withFnc).orElse(model);
            model =
                    era.maxFeatureExposure()
                            .map(v -> finite(v))
                            .map(model::withMaxExposure)
                            .orElse(model);
            model = era.bmc().map(v -> finite(v)).map(model::withBmc).orElse(model);
            model = row.keepMasks().map(model::withKeepMasks).orElse(model);
            scores.add(model);
        }
        return scores;
    }

    /**
     * Writes every output into a folder.
     *
     * @param folder the (temporary) run folder
     * @param scores the rows' scores from {@link #score()}
     * @param truth the generator's truth, when the data is synthetic
     * @return the comparison against the static booster
     */
    public Comparison write(Path folder, List<ModelEraScores> scores, Optional<SynthTruth> truth) {
        Comparison comparison = Comparison.of(scores, ComparisonRun.STATIC_BOOSTER);
        Comparison againstWindow = Comparison.of(scores, ComparisonRun.WINDOW_BOOSTER);
        Optional<List<RegimeRecovery>> recovery = truth.map(this::recovery);
        try {
            Files.createDirectories(folder.resolve("predictions"));
            writeMarkdown(folder.resolve(COMPARISON_TABLE), comparison, againstWindow, recovery);
            writeMetrics(folder.resolve("metrics.json"), comparison, recovery);
            writePerEra(folder.resolve("per_era.csv"), scores);
            writeMasks(folder.resolve("masks.csv"));
            writePredictions(folder.resolve("predictions"));
            Files.writeString(
                    folder.resolve("config.yaml"),
                    RunConfigs.toYaml(config),
                    StandardCharsets.UTF_8);
            report(comparison, againstWindow, scores, recovery)
                    .write(folder.resolve("report.html"), false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write comparison outputs in " + folder, e);
        }
        writeSubmission(folder.resolve("submission.csv"));
        return comparison;
    }

    private List<RegimeRecovery> recovery(SynthTruth truth) {
        int[] eras = outcome.eras().validation();
        int[] regimes = new int[eras.length];
        for (int i = 0; i < eras.length; i++) {
            regimes[i] = truth.regimeOf(table.era(eras[i]));
        }
        Map<Integer, Collection<String>> informative = new HashMap<>();
        for (SynthTruth.RegimeTruth regime : truth.regimes()) {
            informative.put(regime.index(), regime.informativeFeatures());
        }
        return MaskRecovery.perRegime(
                outcome.agentValidationMasks(), table.featureNames(), regimes, informative);
    }

    private void writeMarkdown(
            Path file,
            Comparison comparison,
            Comparison againstWindow,
            Optional<List<RegimeRecovery>> recovery)
            throws IOException {
        StringBuilder text = new StringBuilder();
        text.append("# Comparison ").append(config.name()).append("\n\n");
        int[] validation = outcome.eras().validation();
        text.append(
                String.format(
                        "Validation eras: %d (%s to %s); in-sample eras: %d; seed %d;"
                                + " agent steps: %d.%n%n",
                        validation.length,
                        PredictionFiles.eraLabel(table.era(validation[0])),
                        PredictionFiles.eraLabel(table.era(validation[validation.length - 1])),
                        outcome.eras().inSample().length,
                        config.seed(),
                        outcome.steps().size()));
        text.append("## Against the static booster (")
                .append(ComparisonRun.STATIC_BOOSTER)
                .append(")\n\n")
                .append(comparison.toMarkdown())
                .append("\n");
        text.append("## Against the walk-forward booster on all features (")
                .append(ComparisonRun.WINDOW_BOOSTER)
                .append(")\n\n")
                .append(againstWindow.toMarkdown())
                .append("\n");
        recovery.ifPresent(
                r ->
                        text.append("## Agent masks against the generator's truth\n\n")
                                .append(MaskRecovery.toMarkdown(r))
                                .append("\n")
                                .append(CEILING_NOTE));
        Files.writeString(file, text.toString(), StandardCharsets.UTF_8);
    }

    /** Explains the ceiling rows, which only synthetic data with its truth has. */
    private static final String CEILING_NOTE =
            "Rows named ceiling_* are not models: they are the walk-forward booster on the"
                    + " informative features of the true regime (from truth.json) of era t ("
                    + ComparisonRun.TRUTH_MASK
                    + ", which nothing can know at t) or of era t minus the embargo ("
                    + ComparisonRun.LAGGED_TRUTH_MASK
                    + ", the best a selector without look-ahead could do by naming the newest"
                    + " known era's regime).\n";

    private void writeMetrics(
            Path file, Comparison comparison, Optional<List<RegimeRecovery>> recovery)
            throws IOException {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (List<String> cells : comparison.cells()) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (int c = 0; c < Comparison.COLUMNS.size(); c++) {
                row.put(Comparison.COLUMNS.get(c), cellValue(cells.get(c)));
            }
            rows.add(row);
        }
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("target", config.data().target());
        metrics.put("validation_eras", outcome.eras().validation().length);
        metrics.put("reference", comparison.referenceName());
        metrics.put("rows", rows);
        recovery.ifPresent(r -> metrics.put("regime_recovery", recoveryRows(r)));
        JSON.writeValue(file.toFile(), metrics);
    }

    private static List<Map<String, Object>> recoveryRows(List<RegimeRecovery> recoveries) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (RegimeRecovery recovery : recoveries) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("regime", recovery.regime());
            row.put("eras", recovery.eras());
            row.put("informative_features", recovery.informativeFeatures());
            row.put("recall", valueOrNull(recovery.recall()));
            row.put("precision", valueOrNull(recovery.precision()));
            rows.add(row);
        }
        return rows;
    }

    private static Double valueOrNull(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }

    private static Object cellValue(String cell) {
        if (Comparison.NOT_APPLICABLE.equals(cell)) {
            return null;
        }
        try {
            return Double.parseDouble(cell);
        } catch (NumberFormatException e) {
            return cell;
        }
    }

    private void writePerEra(Path file, List<ModelEraScores> scores) {
        Table perEra = Table.create("per_era");
        int[] eras = outcome.eras().validation();
        String[] labels = new String[eras.length];
        for (int i = 0; i < eras.length; i++) {
            labels[i] = PredictionFiles.eraLabel(table.era(eras[i]));
        }
        perEra.addColumns(StringColumn.create("era", labels));
        for (ModelEraScores model : scores) {
            perEra.addColumns(DoubleColumn.create(model.name(), model.corr()));
        }
        perEra.write().csv(file.toFile());
    }

    private void writeMasks(Path file) throws IOException {
        StringBuilder csv = new StringBuilder("era,kept_count,kept_features\n");
        boolean[][] masks = outcome.agentValidationMasks();
        for (int i = 0; i < masks.length; i++) {
            List<String> kept = new ArrayList<>();
            for (int f = 0; f < masks[i].length; f++) {
                if (masks[i][f]) {
                    kept.add(table.featureName(f));
                }
            }
            csv.append(PredictionFiles.eraLabel(table.era(outcome.eras().validation()[i])))
                    .append(',')
                    .append(kept.size())
                    .append(",\"")
                    .append(String.join(" ", kept))
                    .append("\"\n");
        }
        Files.writeString(file, csv.toString(), StandardCharsets.UTF_8);
    }

    private void writePredictions(Path folder) {
        for (ComparisonRun.RowPredictions row : outcome.rows()) {
            PredictionFiles.write(
                    folder.resolve(row.name() + ".parquet"),
                    table,
                    outcome.eras().validation(),
                    row.validation());
        }
    }

    private void writeSubmission(Path file) {
        int[] live = outcome.eras().live();
        if (live.length == 0) {
            return;
        }
        EraTable liveTable = table.selectEras(live);
        double[] ranked =
                SubmissionRanker.rankPerEra(toDouble(outcome.livePredictions()), liveTable);
        String[] ids = new String[liveTable.rows()];
        for (int r = 0; r < ids.length; r++) {
            ids[r] = liveTable.id(r);
        }
        SubmissionWriter.write(file, ids, ranked, new LinkedHashSet<>(List.of(ids)), false);
    }

    private HtmlReport report(
            Comparison comparison,
            Comparison againstWindow,
            List<ModelEraScores> scores,
            Optional<List<RegimeRecovery>> recovery) {
        HtmlReport report =
                new HtmlReport(
                        "dynamos comparison: " + config.name(),
                        config.seed(),
                        RunConfigs.toYaml(config));
        report.addTable("Against the static booster", Comparison.COLUMNS, comparison.cells());
        report.addTable(
                "Against the walk-forward booster on all features",
                Comparison.COLUMNS,
                againstWindow.cells());
        recovery.ifPresent(r -> report.addParagraph(MaskRecovery.toMarkdown(r)));
        Map<String, double[]> cumulative = new LinkedHashMap<>();
        for (ModelEraScores model : scores) {
            cumulative.put(model.name(), model.corr());
        }
        int[] eraNumbers = RunEras.numbers(table, outcome.eras().validation());
        report.addCumulativeCorr("Cumulative validation CORR of every row", cumulative, eraNumbers);
        report.addHeatmap(
                "Agent selection (validation eras x features, grouped)",
                outcome.agentValidationMasks(),
                table.featureNames().toArray(String[]::new),
                table.featureSets().groupOf(table.featureNames()).toArray(String[]::new),
                eraNumbers);
        addTrainingCurves(report);
        return report;
    }

    private void addTrainingCurves(HtmlReport report) {
        List<StepReport> steps = outcome.steps();
        double[] xs = new double[steps.size()];
        double[] reward = new double[steps.size()];
        double[] baseline = new double[steps.size()];
        double[] keepRatio = new double[steps.size()];
        double running = 0;
        for (int i = 0; i < steps.size(); i++) {
            StepReport step = steps.get(i);
            xs[i] = step.step();
            reward[i] = step.meanReward();
            running = i == 0 ? reward[i] : 0.95 * running + 0.05 * reward[i];
            baseline[i] = running;
            keepRatio[i] = mean(step.keepRatios());
        }
        if (java.util.Arrays.stream(reward).noneMatch(Double::isFinite)) {
            report.addParagraph(
                    "The agent took no training step with a reward ("
                            + steps.size()
                            + " steps), so there is no reward or keep-ratio curve.");
            return;
        }
        Map<String, double[]> rewards = new LinkedHashMap<>();
        rewards.put("mean reward of the step's masks", reward);
        rewards.put("baseline (moving average)", baseline);
        report.addLineChart("Reward over training", "step", "reward", xs, rewards);
        report.addLineChart(
                "Keep ratio over training",
                "step",
                "keep ratio",
                xs,
                Map.of("mean keep ratio of sampled masks", keepRatio));
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return values.length == 0 ? Double.NaN : sum / values.length;
    }

    /** A constant prediction has no correlation; NaN scores of such eras count as 0. */
    private static double[] finite(double[] values) {
        double[] result = values.clone();
        for (int i = 0; i < result.length; i++) {
            if (!Double.isFinite(result[i])) {
                result[i] = 0;
            }
        }
        return result;
    }

    private static double[] toDouble(float[] values) {
        double[] result = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = values[i];
        }
        return result;
    }
}
