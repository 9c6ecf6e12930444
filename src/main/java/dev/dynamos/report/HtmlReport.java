package dev.dynamos.report;

import dev.dynamos.common.AtomicOutput;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.imageio.ImageIO;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.BitmapEncoder.BitmapFormat;
import org.knowm.xchart.internal.chartpart.Chart;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds one self-contained HTML report: a title, a line with the seed and configuration, then
 * sections in the order they are added. Charts are PNG images embedded as data URIs, each with alt
 * text and a stable id {@code chart-<slug of its title>}; tables are HTML. The page carries a small
 * script that, once loaded, sets {@code data-chart-check} on {@code <body>} to {@code charts-ok N}
 * when all N images decoded, or {@code charts-broken: ids} otherwise, for a headless browser check.
 *
 * <p>Charts are drawn headless ({@code java.awt.headless=true}); nothing is fetched from the
 * network when the page is opened.
 */
public final class HtmlReport {

    private static final Logger LOG = LoggerFactory.getLogger(HtmlReport.class);

    /** Default number of bars in feature charts. */
    public static final int DEFAULT_TOP_FEATURES = 20;

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private final String title;
    private final long seed;
    private final String config;
    private final List<String> sections = new ArrayList<>();
    private final Set<String> chartIds = new LinkedHashSet<>();

    /**
     * Starts a report.
     *
     * @param title the page title and heading
     * @param seed the seed of the run the report describes
     * @param config a one-line description of the configuration (may be empty)
     */
    public HtmlReport(String title, long seed, String config) {
        this.title = Objects.requireNonNull(title, "title");
        this.seed = seed;
        this.config = Objects.requireNonNull(config, "config");
    }

    /** Adds a section heading; returns this report. */
    public HtmlReport addHeading(String text) {
        sections.add("<h2>" + Html.escape(text) + "</h2>\n");
        return this;
    }

    /** Adds a paragraph of plain text; returns this report. */
    public HtmlReport addParagraph(String text) {
        sections.add("<p>" + Html.escape(text) + "</p>\n");
        return this;
    }

    /**
     * Adds a table of text cells.
     *
     * @param title caption shown above the table
     * @param headers column headers
     * @param rows rows with one cell per header
     * @return this report
     */
    public HtmlReport addTable(String title, List<String> headers, List<List<String>> rows) {
        sections.add("<h3>" + Html.escape(title) + "</h3>\n" + Html.table(headers, rows));
        return this;
    }

    /**
     * Adds a table of metrics: one row per entry (such as "validation"), one column per metric name
     * met in any row, in first-seen order; missing cells show "n/a".
     *
     * @param title caption shown above the table
     * @param metricsByRow metric values by metric name, per row name
     * @return this report
     */
    public HtmlReport addMetricsTable(String title, Map<String, Map<String, Double>> metricsByRow) {
        Set<String> names = new LinkedHashSet<>();
        metricsByRow.values().forEach(metrics -> names.addAll(metrics.keySet()));
        List<String> headers = new ArrayList<>();
        headers.add("");
        headers.addAll(names);
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<String, Map<String, Double>> row : metricsByRow.entrySet()) {
            List<String> cells = new ArrayList<>();
            cells.add(row.getKey());
            for (String name : names) {
                Double value = row.getValue().get(name);
                cells.add(Html.number(value == null ? Double.NaN : value));
            }
            rows.add(cells);
        }
        return addTable(title, headers, rows);
    }

    /**
     * Adds a line chart of the running sum of per-era CORR for series that share eras.
     *
     * @param title chart title
     * @param seriesByName per-era CORR by legend name, one value per era (NaN skipped)
     * @param eras era numbers, ascending
     * @return this report
     */
    public HtmlReport addCumulativeCorr(
            String title, Map<String, double[]> seriesByName, int[] eras) {
        return addCumulative(title, "cumulative CORR", toSeries(seriesByName, eras));
    }

    /**
     * Adds a line chart of the running sum of each per-era series (series may cover different
     * eras).
     *
     * @param title chart title
     * @param yLabel what is summed, such as "cumulative CORR"
     * @param series the series
     * @return this report
     */
    public HtmlReport addCumulative(String title, String yLabel, List<EraSeries> series) {
        return addChart(title, XyCharts.cumulative(title, yLabel, series));
    }

    /**
     * Adds a bar chart of one value per era (positive green, negative red) with its mean as a line.
     *
     * @param title chart title
     * @param yLabel what the bars show, such as "CORR"
     * @param series the per-era values
     * @return this report
     */
    public HtmlReport addPerEraBars(String title, String yLabel, EraSeries series) {
        return addChart(title, XyCharts.perEraBars(title, yLabel, series));
    }

    /**
     * Adds a line chart of the rolling Sharpe ratio (mean / std with ddof 0) of each series.
     *
     * @param title chart title
     * @param series per-era series
     * @param window eras per window, at least 2
     * @return this report
     */
    public HtmlReport addRollingSharpe(String title, List<EraSeries> series, int window) {
        if (window < 2) {
            throw new IllegalArgumentException("window must be >= 2 eras, got " + window);
        }
        return addChart(title, XyCharts.rollingSharpe(title, series, window));
    }

    /**
     * Adds a horizontal bar chart of the {@code top} features by importance.
     *
     * @param title chart title
     * @param importance importance per feature name (such as total gain)
     * @param top how many features to show
     * @return this report
     */
    public HtmlReport addTopFeatures(String title, Map<String, Double> importance, int top) {
        return addImage(title, HorizontalBars.draw(title, "importance", importance, top));
    }

    /**
     * Adds a horizontal bar chart of the {@code top} features by absolute exposure, with sign.
     *
     * @param title chart title
     * @param exposureByFeature exposure per feature, such as the mean over eras of the Pearson
     *     correlation between predictions and the feature
     * @param top how many features to show
     * @return this report
     */
    public HtmlReport addFeatureExposure(
            String title, Map<String, Double> exposureByFeature, int top) {
        return addImage(
                title, HorizontalBars.draw(title, "feature exposure", exposureByFeature, top));
    }

    /**
     * Adds a grid of which features were kept in which era (eras across, features down, grouped).
     *
     * @param title chart title
     * @param eraByFeature {@code eraByFeature[e][f]} is true when feature f was kept in era e
     * @param featureNames one name per feature
     * @param groupOfFeature one group name per feature (all equal when features have no groups)
     * @param eras era number of each row of {@code eraByFeature}
     * @return this report
     */
    public HtmlReport addHeatmap(
            String title,
            boolean[][] eraByFeature,
            String[] featureNames,
            String[] groupOfFeature,
            int[] eras) {
        return addImage(
                title,
                SelectionHeatmap.draw(title, eraByFeature, featureNames, groupOfFeature, eras));
    }

    /**
     * Adds a line chart of named series against shared x values, such as the reward per policy step
     * beside its baseline, or the keep ratio over training.
     *
     * @param title chart title
     * @param xLabel x axis title
     * @param yLabel y axis title
     * @param xs x values
     * @param ysByName y values by legend name, one per x (non-finite values skipped)
     * @return this report
     */
    public HtmlReport addLineChart(
            String title,
            String xLabel,
            String yLabel,
            double[] xs,
            Map<String, double[]> ysByName) {
        return addChart(title, XyCharts.lines(title, xLabel, yLabel, xs, ysByName));
    }

    /**
     * Adds an image drawn elsewhere as a chart.
     *
     * @param title caption and alt text; its slug makes the image id
     * @param image the picture
     * @return this report
     */
    public HtmlReport addImage(String title, BufferedImage image) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode chart '" + title + "' as PNG", e);
        }
        return addPng(title, png.toByteArray());
    }

    /** Returns the ids of the chart images in page order. */
    public List<String> chartIds() {
        return List.copyOf(chartIds);
    }

    /** Returns the complete HTML page. */
    public String toHtml() {
        StringBuilder page = new StringBuilder(ReportPage.head(title));
        page.append("<h1>").append(Html.escape(title)).append("</h1>\n");
        page.append("<p class=\"config\">seed ").append(seed);
        if (!config.isEmpty()) {
            page.append(" &middot; ").append(Html.escape(config));
        }
        page.append("</p>\n");
        sections.forEach(page::append);
        return page.append(ReportPage.tail()).toString();
    }

    /**
     * Writes the page under a temporary name and renames it into place.
     *
     * @param destination the HTML file to create
     * @param force whether an existing file may be replaced
     * @throws dev.dynamos.common.BadInputException when the file exists and {@code force} is false
     */
    public void write(Path destination, boolean force) {
        Path temporary = AtomicOutput.prepare(destination, force);
        try {
            Files.writeString(temporary, toHtml(), StandardCharsets.UTF_8);
            AtomicOutput.commit(temporary, destination);
            LOG.info("wrote report {} ({} charts)", destination, chartIds.size());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write report " + temporary, e);
        } finally {
            AtomicOutput.discard(temporary);
        }
    }

    private HtmlReport addChart(String title, Chart<?, ?> chart) {
        try {
            return addPng(title, BitmapEncoder.getBitmapBytes(chart, BitmapFormat.PNG));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode chart '" + title + "' as PNG", e);
        }
    }

    private HtmlReport addPng(String title, byte[] png) {
        String id = uniqueId("chart-" + Html.slug(title));
        sections.add(
                "<figure>\n<img id=\""
                        + id
                        + "\" alt=\""
                        + Html.escape(title)
                        + "\" src=\"data:image/png;base64,"
                        + Base64.getEncoder().encodeToString(png)
                        + "\">\n</figure>\n");
        return this;
    }

    private String uniqueId(String base) {
        String id = base;
        for (int n = 2; chartIds.contains(id); n++) {
            id = base + "-" + n;
        }
        chartIds.add(id);
        return id;
    }

    private static List<EraSeries> toSeries(Map<String, double[]> seriesByName, int[] eras) {
        List<EraSeries> series = new ArrayList<>();
        seriesByName.forEach((name, values) -> series.add(new EraSeries(name, eras, values)));
        return series;
    }
}
