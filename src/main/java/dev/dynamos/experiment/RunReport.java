package dev.dynamos.experiment;

import dev.dynamos.data.EraTable;
import dev.dynamos.report.TrainingReport;
import dev.dynamos.scoring.EraSummary;
import dev.dynamos.scoring.FeatureExposure;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes a run's {@code report.html} through the report package's training report. */
final class RunReport {

    private RunReport() {}

    /**
     * Writes the report of a finished run.
     *
     * @param file destination inside the (temporary) run folder
     * @param config the resolved config
     * @param metrics the run's scores
     * @param importance total gain by feature of the final model
     * @param exposure mean validation exposure by feature (empty without validation eras)
     */
    static void write(
            Path file,
            RunConfig config,
            RunMetrics metrics,
            Map<String, Double> importance,
            Map<String, Double> exposure) {
        TrainingReport report =
                new TrainingReport(
                        config.name() + " (" + config.head().kind().label() + ")",
                        config.seed(),
                        describe(config));
        report.outOfFoldCorr(metrics.outOfFold().eraNumbers(), metrics.outOfFold().scores().corr());
        metrics.validation()
                .ifPresent(
                        v -> {
                            report.validationCorr(v.eraNumbers(), v.scores().corr());
                            v.scores()
                                    .fnc()
                                    .ifPresent(
                                            f ->
                                                    report.metrics(
                                                            "FNC validation",
                                                            summary(EraSummary.of(f))));
                        });
        report.rollingWindow(rollingWindow(metrics));
        report.importance(importance);
        if (!exposure.isEmpty()) {
            report.featureExposure(exposure);
        }
        report.write(file, false);
    }

    /**
     * Returns each feature's mean over eras of the Pearson correlation between predictions and the
     * feature.
     */
    static Map<String, Double> meanExposure(
            EraTable table, int[] eras, int[] features, float[] predictions) {
        double[] sum = new double[features.length];
        int offset = 0;
        for (int e : eras) {
            int size = table.eraSize(e);
            int start = table.eraStart(e);
            double[] era = new double[size];
            double[][] columns = new double[features.length][size];
            for (int r = 0; r < size; r++) {
                era[r] = predictions[offset + r];
            }
            for (int j = 0; j < features.length; j++) {
                byte[] column = table.column(features[j]);
                for (int r = 0; r < size; r++) {
                    columns[j][r] = column[start + r];
                }
            }
            double[] exposures = FeatureExposure.exposures(era, columns);
            for (int j = 0; j < features.length; j++) {
                sum[j] += Double.isNaN(exposures[j]) ? 0 : exposures[j];
            }
            offset += size;
        }
        Map<String, Double> result = new LinkedHashMap<>();
        for (int j = 0; j < features.length; j++) {
            result.put(table.featureName(features[j]), sum[j] / Math.max(1, eras.length));
        }
        return result;
    }

    /**
     * Returns a rolling Sharpe window every CORR series can fill: the default year of eras, or the
     * shortest series when shorter; past the longest series (chart left out) when one is too short
     * to roll at all.
     */
    static int rollingWindow(RunMetrics metrics) {
        int shortest = metrics.outOfFold().eraNumbers().length;
        int longest = shortest;
        if (metrics.validation().isPresent()) {
            int eras = metrics.validation().get().eraNumbers().length;
            shortest = Math.min(shortest, eras);
            longest = Math.max(longest, eras);
        }
        if (shortest < 2) {
            return longest + 1;
        }
        return Math.min(TrainingReport.DEFAULT_ROLLING_WINDOW, shortest);
    }

    private static Map<String, Double> summary(EraSummary summary) {
        Map<String, Double> result = new LinkedHashMap<>();
        result.put("mean", summary.mean());
        result.put("std", summary.std());
        result.put("sharpe", summary.sharpe());
        result.put("max drawdown", summary.maxDrawdown());
        return result;
    }

    private static String describe(RunConfig config) {
        return config.data().featureSet()
                + " features, target "
                + config.data().target()
                + ", every "
                + config.data().everyKthEra()
                + " era(s), "
                + config.crossValidation().scheme().name().toLowerCase(java.util.Locale.ROOT)
                + " CV with "
                + config.crossValidation().folds()
                + " folds and embargo "
                + config.crossValidation().embargoEras()
                + ", "
                + config.head().params().numTrees()
                + " trees at learning rate "
                + config.head().params().learningRate();
    }
}
