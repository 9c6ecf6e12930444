package dev.dynamos.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Assembles the standard training report from plain arrays and maps: a metrics table, cumulative
 * per-era CORR (validation and out-of-fold), per-era CORR bars, rolling Sharpe, the top features by
 * importance, a feature-exposure summary and, when given, BMC and MMC panels.
 *
 * <p>Chart ids are fixed: {@code chart-cumulative-corr}, {@code chart-per-era-corr-validation},
 * {@code chart-per-era-corr-out-of-fold}, {@code chart-rolling-sharpe}, {@code
 * chart-top-features-by-importance}, {@code chart-feature-exposure}, {@code chart-cumulative-bmc},
 * {@code chart-cumulative-mmc}; each appears only when its data was given.
 */
public final class TrainingReport {

    /** Rolling Sharpe window: 52 weekly eras, one year. */
    public static final int DEFAULT_ROLLING_WINDOW = 52;

    private final String title;
    private final long seed;
    private final String config;
    private final Map<String, EraSeries> corr = new LinkedHashMap<>();
    private final Map<String, EraSeries> contributions = new LinkedHashMap<>();
    private final Map<String, Map<String, Double>> extraMetrics = new LinkedHashMap<>();
    private Map<String, Double> importance = Map.of();
    private Map<String, Double> exposure = Map.of();
    private int rollingWindow = DEFAULT_ROLLING_WINDOW;

    /**
     * Starts a training report.
     *
     * @param title page title, such as the model and data version
     * @param seed the run's seed
     * @param config one line describing the configuration
     */
    public TrainingReport(String title, long seed, String config) {
        this.title = Objects.requireNonNull(title, "title");
        this.seed = seed;
        this.config = Objects.requireNonNull(config, "config");
    }

    /** Sets the per-era CORR on validation eras (NaN where an era has none); returns this. */
    public TrainingReport validationCorr(int[] eras, double[] corr) {
        this.corr.put("validation", new EraSeries("validation", eras, corr));
        return this;
    }

    /** Sets the per-era CORR of out-of-fold predictions on training eras; returns this. */
    public TrainingReport outOfFoldCorr(int[] eras, double[] corr) {
        this.corr.put("out-of-fold", new EraSeries("out-of-fold", eras, corr));
        return this;
    }

    /** Sets the per-era BMC (contribution beyond Numerai's benchmark model); returns this. */
    public TrainingReport bmc(int[] eras, double[] bmc) {
        contributions.put("BMC", new EraSeries("BMC", eras, bmc));
        return this;
    }

    /** Sets the per-era MMC (contribution beyond the meta model); returns this. */
    public TrainingReport mmc(int[] eras, double[] mmc) {
        contributions.put("MMC", new EraSeries("MMC", eras, mmc));
        return this;
    }

    /** Sets the importance per feature (such as total gain); returns this. */
    public TrainingReport importance(Map<String, Double> importanceByFeature) {
        this.importance = Map.copyOf(importanceByFeature);
        return this;
    }

    /**
     * Sets each feature's exposure (mean over validation eras of the Pearson correlation between
     * predictions and the feature); returns this.
     */
    public TrainingReport featureExposure(Map<String, Double> exposureByFeature) {
        this.exposure = Map.copyOf(exposureByFeature);
        return this;
    }

    /** Adds a row of extra metrics to the metrics table (such as FNC or max exposure). */
    public TrainingReport metrics(String row, Map<String, Double> metrics) {
        extraMetrics.put(row, new LinkedHashMap<>(metrics));
        return this;
    }

    /** Sets the rolling Sharpe window in eras, at least 2; returns this. */
    public TrainingReport rollingWindow(int eras) {
        if (eras < 2) {
            throw new IllegalArgumentException("rollingWindow must be >= 2 eras, got " + eras);
        }
        this.rollingWindow = eras;
        return this;
    }

    /**
     * Returns the report with every section whose data was given.
     *
     * @throws IllegalStateException when neither validation nor out-of-fold CORR was given
     */
    public HtmlReport build() {
        if (corr.isEmpty()) {
            throw new IllegalStateException(
                    "a training report needs validation or out-of-fold CORR per era");
        }
        HtmlReport report = new HtmlReport(title, seed, config);
        addMetrics(report);
        addCorr(report);
        addFeatures(report);
        addContributions(report);
        return report;
    }

    /** Builds the report and writes it atomically; see {@link HtmlReport#write}. */
    public void write(Path destination, boolean force) {
        build().write(destination, force);
    }

    private void addMetrics(HtmlReport report) {
        Map<String, Map<String, Double>> rows = new LinkedHashMap<>();
        corr.forEach((name, s) -> rows.put("CORR " + name, EraSummary.of(s.values())));
        contributions.forEach((name, s) -> rows.put(name, EraSummary.of(s.values())));
        rows.putAll(extraMetrics);
        report.addHeading("Metrics");
        report.addMetricsTable("Per-era scores (std ddof 0; additive max drawdown)", rows);
    }

    private void addCorr(HtmlReport report) {
        List<EraSeries> series = new ArrayList<>(corr.values());
        report.addHeading("CORR per era");
        report.addCumulative("Cumulative CORR", "cumulative CORR", series);
        corr.forEach((name, s) -> report.addPerEraBars("Per-era CORR (" + name + ")", "CORR", s));
        if (enoughEras(series)) {
            report.addRollingSharpe("Rolling Sharpe", series, rollingWindow);
        } else {
            report.addParagraph(
                    "Rolling Sharpe left out: fewer than " + rollingWindow + " eras with CORR.");
        }
    }

    private boolean enoughEras(List<EraSeries> series) {
        for (EraSeries s : series) {
            if (EraSummary.of(s.values()).get("eras") >= rollingWindow) {
                return true;
            }
        }
        return false;
    }

    private void addFeatures(HtmlReport report) {
        if (importance.isEmpty() && exposure.isEmpty()) {
            return;
        }
        report.addHeading("Features");
        if (!importance.isEmpty()) {
            report.addTopFeatures(
                    "Top features by importance", importance, HtmlReport.DEFAULT_TOP_FEATURES);
        }
        if (!exposure.isEmpty()) {
            report.addMetricsTable(
                    "Feature exposure summary", Map.of("all features", exposureSummary()));
            report.addFeatureExposure(
                    "Feature exposure", exposure, HtmlReport.DEFAULT_TOP_FEATURES);
        }
    }

    private Map<String, Double> exposureSummary() {
        double max = 0;
        double sumAbs = 0;
        for (double v : exposure.values()) {
            max = Math.max(max, Math.abs(v));
            sumAbs += Math.abs(v);
        }
        Map<String, Double> summary = new LinkedHashMap<>();
        summary.put("features", (double) exposure.size());
        summary.put("mean |exposure|", sumAbs / exposure.size());
        summary.put("max |exposure|", max);
        return summary;
    }

    private void addContributions(HtmlReport report) {
        if (contributions.isEmpty()) {
            return;
        }
        report.addHeading("Contribution");
        contributions.forEach(
                (name, s) ->
                        report.addCumulative(
                                "Cumulative " + name, "cumulative " + name, List.of(s)));
    }
}
