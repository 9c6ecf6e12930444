package dev.dynamos.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingReportTest {

    @TempDir Path dir;

    @Test
    void fullReportHoldsEveryStandardChart() throws Exception {
        Random random = new Random(SampleData.SEED);
        int[] validationEras = SampleData.eras(900, 120, 1);
        int[] trainEras = SampleData.eras(1, 300, 1);
        Path file = dir.resolve("train.html");

        new TrainingReport("XGBoost", SampleData.SEED, "depth=5")
                .validationCorr(validationEras, SampleData.scores(120, 0.02, random))
                .outOfFoldCorr(trainEras, SampleData.scores(300, 0.015, random))
                .bmc(validationEras, SampleData.scores(120, 0.005, random))
                .mmc(validationEras, SampleData.scores(120, 0.002, random))
                .importance(SampleData.perFeature(50, 1, random))
                .featureExposure(SampleData.perFeature(50, 0.1, random))
                .metrics("validation extras", Map.of("fnc", 0.01))
                .write(file, false);

        String html = Files.readString(file);
        Map<String, BufferedImage> images = ReportImages.decode(html);
        assertThat(images.keySet())
                .containsExactly(
                        "chart-cumulative-corr",
                        "chart-per-era-corr-validation",
                        "chart-per-era-corr-out-of-fold",
                        "chart-rolling-sharpe",
                        "chart-top-features-by-importance",
                        "chart-feature-exposure",
                        "chart-cumulative-bmc",
                        "chart-cumulative-mmc");
        assertThat(images.values()).allSatisfy(image -> assertThat(image).isNotNull());
        assertThat(html).contains("CORR validation", "CORR out-of-fold", "BMC", "fnc", "seed 7");
    }

    @Test
    void optionalPanelsAreLeftOutAndShortRunsSkipRollingSharpe() {
        Random random = new Random(SampleData.SEED);

        HtmlReport report =
                new TrainingReport("short", 1, "")
                        .validationCorr(SampleData.eras(1, 10, 1), SampleData.scores(10, 0, random))
                        .build();

        assertThat(report.chartIds())
                .containsExactly("chart-cumulative-corr", "chart-per-era-corr-validation");
        assertThat(report.toHtml()).contains("Rolling Sharpe left out: fewer than 52 eras");
    }

    @Test
    void reportWithoutCorrIsRejected() {
        assertThatThrownBy(() -> new TrainingReport("x", 1, "").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("CORR");
    }
}
