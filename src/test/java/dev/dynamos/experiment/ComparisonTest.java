package dev.dynamos.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynamos.common.BadInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComparisonTest {

    private static final double[] STATIC_CORR = {0.5, -0.25, 0.25, 0.5};
    private static final double[] AGENT_CORR = {0.75, 0.0, 0.25, 1.0};

    private static List<ModelEraScores> models() {
        boolean[] keep = {true, false, true, false};
        ModelEraScores agent =
                ModelEraScores.of("agent", AGENT_CORR)
                        .withFnc(new double[] {0.5, 0.0, 0.25, 0.25})
                        .withMaxExposure(new double[] {0.1, 0.2, 0.3, 0.4})
                        .withBmc(new double[] {0.25, 0.25, 0.0, 0.5})
                        .withKeepMasks(new boolean[][] {keep, keep, keep, keep})
                        .withInSampleCorr(new double[] {1.0, 0.5});
        return List.of(ModelEraScores.of("static", STATIC_CORR), agent);
    }

    @Test
    void markdownTableHasHandComputedCells() {
        // static: mean 0.25, std sqrt(0.09375), drawdown from 0.5 to 0.25.
        // agent: mean 0.5, std sqrt(0.15625), differences 0.25, 0.25, 0, 0.5 with
        // se sqrt(0.125 / 3) / 2 and t sqrt(6); p = 0.0917 from Student's t with 3 degrees.
        String expected =
                "| model | eras | corr_mean | corr_std | corr_sharpe | corr_max_drawdown"
                        + " | fnc_mean | max_feature_exposure | bmc_mean | keep_ratio"
                        + " | mask_stability | diff_mean | diff_se | diff_t | diff_p"
                        + " | in_sample_corr | in_sample_gap |\n"
                        + "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---:"
                        + " | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n"
                        + "| static | 4 | 0.2500 | 0.3062 | 0.8165 | 0.2500 | n/a | n/a | n/a"
                        + " | n/a | n/a | n/a | n/a | n/a | n/a | n/a | n/a |\n"
                        + "| agent | 4 | 0.5000 | 0.3953 | 1.2649 | 0.0000 | 0.2500 | 0.2500"
                        + " | 0.2500 | 0.5000 | 1.0000 | 0.2500 | 0.1021 | 2.4495 | 0.0917"
                        + " | 0.7500 | 0.2500 |\n";

        String markdown = Comparison.of(models(), "static").toMarkdown();

        assertThat(markdown).startsWith(expected);
        assertThat(markdown).contains("paired per-era CORR difference to static");
    }

    @Test
    void rowSummariesOfKnownScores() {
        // Running sums 0.5, -0.75, -0.5, -1.0, 1.0: peak 0.5, deepest point -1.0.
        double[] scores = {0.5, -1.25, 0.25, -0.5, 2};
        ModelEraScores model = ModelEraScores.of("m", scores);

        ComparisonRow row = Comparison.of(List.of(model), "m").rows().get(0);

        assertThat(row.corrMaxDrawdown()).hasValue(1.5);
        assertThat(row.corrMean()).hasValue(0.2);
        assertThat(row.difference()).isEmpty();
    }

    @Test
    void firstEraLossAloneIsNoDrawdown() {
        ModelEraScores model = ModelEraScores.of("m", new double[] {-1, -1});

        ComparisonRow row = Comparison.of(List.of(model), "m").rows().get(0);

        assertThat(row.corrMaxDrawdown()).hasValue(1.0);
        assertThat(row.corrSharpe()).isEmpty();
    }

    @Test
    void cellsFollowColumnOrder() {
        List<List<String>> cells = Comparison.of(models(), "static").cells();

        assertThat(cells).hasSize(2);
        assertThat(cells.get(1)).hasSameSizeAs(Comparison.COLUMNS);
        assertThat(cells.get(1).get(Comparison.COLUMNS.indexOf("diff_mean"))).isEqualTo("0.2500");
        assertThat(cells.get(0).get(Comparison.COLUMNS.indexOf("model"))).isEqualTo("static");
    }

    @Test
    void undefinedStatisticsShowAsNotApplicableNeverNaN() {
        ModelEraScores flat = ModelEraScores.of("flat", new double[] {0.25, 0.25});
        ModelEraScores same = ModelEraScores.of("same", new double[] {0.5, 0.5});

        String markdown = Comparison.of(List.of(flat, same), "flat").toMarkdown();

        assertThat(markdown).doesNotContain("NaN").contains("n/a");
        assertThat(Comparison.format(OptionalDouble.of(Double.NaN))).isEqualTo("n/a");
        assertThat(Comparison.format(OptionalDouble.of(-0.00001))).isEqualTo("0.0000");
    }

    @Test
    void modelsOverDifferentErasAreRejected() {
        ModelEraScores shorter = ModelEraScores.of("short", new double[] {0.5});

        assertThatThrownBy(
                        () ->
                                Comparison.of(
                                        List.of(ModelEraScores.of("static", STATIC_CORR), shorter),
                                        "static"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("same eras");
    }

    @Test
    void missingReferenceIsRejected() {
        assertThatThrownBy(() -> Comparison.of(models(), "boosted"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("boosted");
    }

    @Test
    void nonFiniteEraScoresAreRejectedWithModelAndEra() {
        assertThatThrownBy(() -> ModelEraScores.of("agent", new double[] {0.1, Double.NaN}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("agent")
                .hasMessageContaining("corr[1]");
    }

    @Test
    void writesMarkdownAndRefusesOverwriteWithoutForce(@TempDir Path folder) throws IOException {
        Comparison comparison = Comparison.of(models(), "static");
        Path file = folder.resolve("comparison.md");

        comparison.writeMarkdown(file, false);

        assertThat(Files.readString(file)).isEqualTo(comparison.toMarkdown());
        assertThatThrownBy(() -> comparison.writeMarkdown(file, false))
                .isInstanceOf(BadInputException.class);
    }
}
