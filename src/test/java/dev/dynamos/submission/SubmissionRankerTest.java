package dev.dynamos.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.dynamos.data.DataType;
import dev.dynamos.data.EraTable;
import dev.dynamos.data.FeatureSets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SubmissionRankerTest {

    /** Closed-form values such as (k + 0.5) / n are exact up to one rounding. */
    private static final double EXACT = 1e-12;

    @Test
    void rankFirstOfUpMatchesTheReference() {
        double[] up = {0, 1, 2, 3, 4};

        assertThat(SubmissionRanker.rank(up))
                .containsExactly(new double[] {0.1, 0.3, 0.5, 0.7, 0.9}, within(EXACT));
    }

    @Test
    void tiesAreBrokenByRowOrder() {
        double[] upDown = {1, 0, 1, 0, 1};

        assertThat(SubmissionRanker.rank(upDown))
                .containsExactly(new double[] {0.5, 0.1, 0.7, 0.3, 0.9}, within(EXACT));
    }

    @Test
    void eachEraIsUniformOnTheOpenUnitInterval() {
        Random random = new Random(SubmissionFixtures.SEED);
        double[] predictions = new double[7 + 13];
        for (int r = 0; r < predictions.length; r++) {
            predictions[r] = random.nextInt(4) - 1.5;
        }

        double[] ranked = SubmissionRanker.rankPerEra(predictions, new int[] {0, 7, 20});

        assertUniform(Arrays.copyOfRange(ranked, 0, 7));
        assertUniform(Arrays.copyOfRange(ranked, 7, 20));
    }

    @Test
    void erasOfATableAreRankedSeparatelyAndInputIsNotModified() {
        EraTable table = tableWithEras(new int[] {1, 1, 1, 2, 2});
        double[] predictions = {0.3, 0.2, 0.1, 9.0, -9.0};
        double[] before = predictions.clone();

        double[] ranked = SubmissionRanker.rankPerEra(predictions, table);

        assertThat(ranked)
                .containsExactly(new double[] {5 / 6.0, 0.5, 1 / 6.0, 0.75, 0.25}, within(EXACT));
        assertThat(predictions).containsExactly(before);
    }

    @Test
    void nanPredictionIsRejectedWithItsRow() {
        assertThatThrownBy(() -> SubmissionRanker.rank(new double[] {0.1, Double.NaN}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("row 1");
    }

    @Test
    void boundsThatDoNotCoverTheRowsAreRejected() {
        assertThatThrownBy(() -> SubmissionRanker.rankPerEra(new double[3], new int[] {0, 2}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("row count 3");
    }

    private static void assertUniform(double[] era) {
        double[] sorted = era.clone();
        Arrays.sort(sorted);
        for (int k = 0; k < sorted.length; k++) {
            assertThat(sorted[k]).isCloseTo((k + 0.5) / sorted.length, within(EXACT));
        }
    }

    private static EraTable tableWithEras(int[] eras) {
        String[] ids = new String[eras.length];
        DataType[] types = new DataType[eras.length];
        for (int r = 0; r < eras.length; r++) {
            ids[r] = "id" + r;
            types[r] = DataType.LIVE;
        }
        return new EraTable(
                ids,
                eras,
                types,
                List.of(),
                new byte[0][],
                List.of(),
                new float[0][],
                FeatureSets.allOnly(List.of()));
    }
}
