package dev.dynamos.experiment;

import dev.dynamos.data.EraTable;
import dev.dynamos.scoring.EraScores;
import dev.dynamos.scoring.EraScoring;
import dev.dynamos.scoring.EraSummary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Scores of a training run: Numerai's CORR per era on the out-of-fold predictions, and CORR, FNC
 * and max feature exposure per era on the validation predictions, with their summaries.
 *
 * @param target the scored target
 * @param outOfFold out-of-fold scores of the training eras
 * @param validation validation scores, absent when the data has no validation eras
 */
public record RunMetrics(String target, PartScores outOfFold, Optional<PartScores> validation) {

    /**
     * Per-era scores of one part of the data.
     *
     * @param eraNumbers era number of each scored era
     * @param eraRows rows of each scored era
     * @param scores the per-era scores
     */
    public record PartScores(int[] eraNumbers, int[] eraRows, EraScores scores) {

        /** Returns the number of rows scored. */
        public int rows() {
            int rows = 0;
            for (int size : eraRows) {
                rows += size;
            }
            return rows;
        }

        /** Returns the summary of the per-era CORR. */
        public EraSummary corr() {
            return EraSummary.of(scores.corr());
        }
    }

    /**
     * Scores the out-of-fold and validation predictions of a run.
     *
     * @param table the rows
     * @param target the target column
     * @param oofEras out-of-fold eras, ascending
     * @param oofPredictions one per row of those eras
     * @param validationEras validation eras, ascending (may be empty)
     * @param validationPredictions one per row of those eras
     * @return the metrics
     */
    public static RunMetrics score(
            EraTable table,
            String target,
            int[] oofEras,
            float[] oofPredictions,
            int[] validationEras,
            float[] validationPredictions) {
        PartScores oof = part(table, target, oofEras, oofPredictions, false);
        Optional<PartScores> validation =
                validationEras.length == 0
                        ? Optional.empty()
                        : Optional.of(
                                part(table, target, validationEras, validationPredictions, true));
        return new RunMetrics(target, oof, validation);
    }

    private static PartScores part(
            EraTable table, String target, int[] eras, float[] predictions, boolean withFeatures) {
        int[] eraStart = new int[eras.length + 1];
        int[] eraRows = new int[eras.length];
        for (int i = 0; i < eras.length; i++) {
            eraRows[i] = table.eraSize(eras[i]);
            eraStart[i + 1] = eraStart[i] + eraRows[i];
        }
        double[] values = new double[predictions.length];
        for (int r = 0; r < values.length; r++) {
            values[r] = predictions[r];
        }
        Optional<byte[][]> features =
                withFeatures ? Optional.of(featureRows(table, eras, eraStart)) : Optional.empty();
        EraScoring.Input input =
                new EraScoring.Input(
                        eraStart,
                        values,
                        rowsOf(table.target(target), table, eras, eraStart),
                        Optional.empty(),
                        Optional.empty(),
                        features);
        return new PartScores(
                RunEras.numbers(table, eras), eraRows, EraScoring.score(input, era -> {}));
    }

    private static float[] rowsOf(float[] column, EraTable table, int[] eras, int[] eraStart) {
        float[] result = new float[eraStart[eras.length]];
        for (int i = 0; i < eras.length; i++) {
            int from = table.eraStart(eras[i]);
            System.arraycopy(column, from, result, eraStart[i], eraStart[i + 1] - eraStart[i]);
        }
        return result;
    }

    private static byte[][] featureRows(EraTable table, int[] eras, int[] eraStart) {
        // A copy of the scored eras' feature bytes: FNC and exposure need them row-aligned.
        byte[][] columns = new byte[table.featureCount()][eraStart[eras.length]];
        for (int f = 0; f < columns.length; f++) {
            byte[] source = table.column(f);
            for (int i = 0; i < eras.length; i++) {
                int from = table.eraStart(eras[i]);
                System.arraycopy(
                        source, from, columns[f], eraStart[i], eraStart[i + 1] - eraStart[i]);
            }
        }
        return columns;
    }

    /**
     * Writes {@code metrics.json} and {@code per_era.csv}.
     *
     * @param metricsFile summary destination
     * @param perEraFile per-era table destination
     */
    public void write(Path metricsFile, Path perEraFile) {
        try {
            TrainingRun.json().writeValue(metricsFile.toFile(), summary());
            perEraTable().write().csv(perEraFile.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + metricsFile + " or " + perEraFile, e);
        }
    }

    /** Returns the summary as written to {@code metrics.json}. */
    public Map<String, Object> summary() {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("target", target);
        result.put("drawdown_scale", "additive");
        validation.ifPresent(v -> result.put("validation", partSummary(v)));
        result.put("oof", partSummary(outOfFold));
        return result;
    }

    private static Map<String, Object> partSummary(PartScores part) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("rows", part.rows());
        result.put("eras", part.eraNumbers().length);
        result.put("corr", summaryOf(part.corr()));
        part.scores().fnc().ifPresent(f -> result.put("fnc", summaryOf(EraSummary.of(f))));
        part.scores()
                .maxFeatureExposure()
                .ifPresent(x -> result.put("max_feature_exposure", EraSummary.of(x).mean()));
        return result;
    }

    private static Map<String, Object> summaryOf(EraSummary summary) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("mean", summary.mean());
        result.put("std", summary.std());
        result.put("sharpe", summary.sharpe());
        result.put("max_drawdown", summary.maxDrawdown());
        return result;
    }

    /** Returns one row per scored era: era, part, rows, corr, fnc, max_feature_exposure. */
    public Table perEraTable() {
        Table table =
                Table.create(
                        "per_era",
                        StringColumn.create("era"),
                        StringColumn.create("part"),
                        IntColumn.create("rows"),
                        DoubleColumn.create("corr"),
                        DoubleColumn.create("fnc"),
                        DoubleColumn.create("max_feature_exposure"));
        addRows(table, "oof", outOfFold);
        validation.ifPresent(v -> addRows(table, "validation", v));
        return table;
    }

    private static void addRows(Table table, String part, PartScores scores) {
        for (int i = 0; i < scores.eraNumbers().length; i++) {
            final int era = i;
            table.stringColumn("era").append(PredictionFiles.eraLabel(scores.eraNumbers()[i]));
            table.stringColumn("part").append(part);
            table.intColumn("rows").append(scores.eraRows()[i]);
            table.doubleColumn("corr").append(scores.scores().corr()[i]);
            table.doubleColumn("fnc")
                    .append(scores.scores().fnc().map(f -> f[era]).orElse(Double.NaN));
            table.doubleColumn("max_feature_exposure")
                    .append(
                            scores.scores()
                                    .maxFeatureExposure()
                                    .map(x -> x[era])
                                    .orElse(Double.NaN));
        }
    }
}
