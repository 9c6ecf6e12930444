package dev.dynamos.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynamos.common.BadInputException;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {

    /** A drawn chart has axes, text and series, so far more colours than a blank image. */
    private static final int MIN_COLORS = 8;

    private static final int MIN_WIDTH = 400;
    private static final int MIN_HEIGHT = 100;

    @TempDir Path dir;

    @Test
    void everyChartIsEmbeddedAsADecodablePng() {
        HtmlReport report = reportWithEveryChart();

        String html = report.toHtml();
        Map<String, BufferedImage> images = ReportImages.decode(html);

        assertThat(images.keySet()).containsExactlyElementsOf(report.chartIds());
        assertThat(images).hasSize(7);
        assertThat(ReportImages.imgTags(html)).isEqualTo(images.size());
        images.forEach(
                (id, image) -> {
                    assertThat(image).as(id).isNotNull();
                    assertThat(image.getWidth()).as(id).isGreaterThanOrEqualTo(MIN_WIDTH);
                    assertThat(image.getHeight()).as(id).isGreaterThanOrEqualTo(MIN_HEIGHT);
                    assertThat(ReportImages.distinctColors(image, MIN_COLORS))
                            .as(id)
                            .isEqualTo(MIN_COLORS);
                });
    }

    @Test
    void chartIdsComeFromTitlesAndStayUnique() {
        int[] eras = SampleData.eras(1, 30, 1);
        double[] corr = SampleData.scores(30, 0.01, new Random(SampleData.SEED));
        HtmlReport report = new HtmlReport("ids", 1, "");

        report.addCumulativeCorr("Cumulative CORR", Map.of("v", corr), eras);
        report.addCumulativeCorr("Cumulative CORR", Map.of("v", corr), eras);

        assertThat(report.chartIds())
                .containsExactly("chart-cumulative-corr", "chart-cumulative-corr-2");
    }

    @Test
    void pageStatesTitleSeedAndConfigAndEscapesText() {
        HtmlReport report = new HtmlReport("a <b> & c", 42, "lr=0.01 \"x\"");
        report.addTable("t", List.of("h<1>"), List.of(List.of("<script>")));

        String html = report.toHtml();

        assertThat(html)
                .contains("<title>a &lt;b&gt; &amp; c</title>")
                .contains("seed 42 &middot; lr=0.01 &quot;x&quot;")
                .contains("<th>h&lt;1&gt;</th>", "<td>&lt;script&gt;</td>")
                .doesNotContain("<b>", "<td><script>");
    }

    @Test
    void metricsTableFormatsNumbersAndMarksMissingCells() {
        Map<String, Map<String, Double>> rows = new LinkedHashMap<>();
        rows.put("validation", Map.of("mean", 0.0123456, "eras", 120.0));
        rows.put("oof", Map.of("mean", -0.5));

        String html = new HtmlReport("m", 1, "").addMetricsTable("Metrics", rows).toHtml();

        assertThat(html).contains("<td>0.0123</td>", "<td>120</td>", "<td>-0.5000</td>");
        assertThat(html).contains("<td>n/a</td>");
    }

    @Test
    void writeReplacesOnlyWithForceAndLeavesNoTemporaryFile() throws IOException {
        Path file = Files.writeString(dir.resolve("report.html"), "old");
        HtmlReport report = new HtmlReport("r", 3, "");

        assertThatThrownBy(() -> report.write(file, false))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("output_exists: ");
        assertThat(Files.readString(file)).isEqualTo("old");

        report.write(file, true);

        assertThat(Files.readString(file)).isEqualTo(report.toHtml());
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void seriesWithoutFiniteValuesIsRejectedByName() {
        HtmlReport report = new HtmlReport("r", 3, "");
        double[] empty = {Double.NaN, Double.NaN};

        assertThatThrownBy(
                        () -> report.addCumulativeCorr("c", Map.of("oof", empty), new int[] {1, 2}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'oof'");
    }

    /** Returns a report holding one chart of each kind, shaped like a real run. */
    static HtmlReport reportWithEveryChart() {
        Random random = new Random(SampleData.SEED);
        int[] eras = SampleData.eras(600, 200, 1);
        double[] validation = SampleData.scores(eras.length, 0.02, random);
        double[] oof = SampleData.scores(eras.length, 0.015, random);
        Map<String, double[]> corr = new LinkedHashMap<>();
        corr.put("validation", validation);
        corr.put("out-of-fold", oof);
        int[] heatmapEras = SampleData.eras(1, 400, 1);
        String[] names = SampleData.perFeature(100, 1, random).keySet().toArray(String[]::new);
        String[] groups = new String[names.length];
        for (int f = 0; f < groups.length; f++) {
            groups[f] = List.of("intelligence", "charisma", "strength", "dexterity").get(f % 4);
        }
        double[] steps = {1, 2, 3, 4, 5, 6, 7, 8};
        Map<String, double[]> reward = new LinkedHashMap<>();
        reward.put("reward", new double[] {0.01, 0.012, 0.015, 0.014, 0.018, 0.02, 0.021, 0.022});
        reward.put(
                "baseline", new double[] {0.01, 0.011, 0.012, 0.013, 0.014, 0.016, 0.017, 0.019});
        return new HtmlReport("Sample training run", SampleData.SEED, "booster=xgboost depth=5")
                .addCumulativeCorr("Cumulative CORR", corr, eras)
                .addPerEraBars(
                        "Per-era CORR", "CORR", new EraSeries("validation", eras, validation))
                .addRollingSharpe(
                        "Rolling Sharpe",
                        List.of(new EraSeries("validation", eras, validation)),
                        52)
                .addTopFeatures("Top features", SampleData.perFeature(60, 1, random), 20)
                .addFeatureExposure("Feature exposure", SampleData.perFeature(60, 0.1, random), 20)
                .addHeatmap(
                        "Selected features per era",
                        SampleData.keepMask(heatmapEras.length, names.length, random),
                        names,
                        groups,
                        heatmapEras)
                .addLineChart("Reward per policy step", "step", "mean reward", steps, reward);
    }
}
