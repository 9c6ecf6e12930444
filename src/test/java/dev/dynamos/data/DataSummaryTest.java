package dev.dynamos.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DataSummaryTest {

    private static final double EXACT = 1e-12;

    @Test
    void countsErasValuesTargetsAndDataTypes() {
        String[] ids = {"a", "b", "c", "d", "e", "f"};
        int[] eras = {1, 1, 1, 2, 4, 4};
        DataType[] types = {
            DataType.TRAIN,
            DataType.TRAIN,
            DataType.TRAIN,
            DataType.VALIDATION,
            DataType.LIVE,
            DataType.LIVE
        };
        byte[][] features = {{0, 1, 2, 3, 4, 2}, {2, 2, 2, 2, 2, 2}};
        float[][] targets = {{0f, 0.25f, 0.5f, 1f, Float.NaN, Float.NaN}};
        EraTable table =
                new EraTable(
                        ids,
                        eras,
                        types,
                        List.of("feature_a", "feature_b"),
                        features,
                        List.of("target"),
                        targets,
                        FeatureSets.allOnly(List.of("feature_a", "feature_b")));

        DataSummary summary = DataSummary.of(table, 3);

        assertThat(summary.rows()).isEqualTo(6);
        assertThat(summary.eraCount()).isEqualTo(3);
        assertThat(summary.firstEra()).isEqualTo(1);
        assertThat(summary.lastEra()).isEqualTo(4);
        assertThat(summary.minRowsPerEra()).isEqualTo(1);
        assertThat(summary.medianRowsPerEra()).isEqualTo(2.0);
        assertThat(summary.maxRowsPerEra()).isEqualTo(3);
        assertThat(summary.valueShares()[2])
                .isCloseTo(8 / 12.0, org.assertj.core.data.Offset.offset(EXACT));
        assertThat(summary.missingFeatureCells()).isEqualTo(3);
        assertThat(summary.allTwoEraColumns()).isEqualTo(3);
        assertThat(summary.targets().get(0).nanCount()).isEqualTo(2);
        assertThat(summary.targets().get(0).values()).containsExactly(0f, 0.25f, 0.5f, 1f);
        assertThat(summary.targets().get(0).moreValues()).isFalse();
        assertThat(summary.dataTypeRows())
                .containsEntry("train", 3)
                .containsEntry("validation", 1)
                .containsEntry("live", 2)
                .doesNotContainKey("test");
    }

    @Test
    void targetValuesAreCappedAndFlagged() {
        int rows = 30;
        String[] ids = new String[rows];
        int[] eras = new int[rows];
        DataType[] types = new DataType[rows];
        float[] target = new float[rows];
        for (int r = 0; r < rows; r++) {
            ids[r] = "n" + r;
            eras[r] = 1;
            types[r] = DataType.TRAIN;
            target[r] = r / 29f;
        }
        EraTable table =
                new EraTable(
                        ids,
                        eras,
                        types,
                        List.of(),
                        new byte[0][],
                        List.of("target"),
                        new float[][] {target},
                        FeatureSets.allOnly(List.of()));

        DataSummary.TargetSummary summary = DataSummary.of(table, 0).targets().get(0);

        assertThat(summary.values()).hasSize(DataSummary.MAX_LISTED_VALUES);
        assertThat(summary.moreValues()).isTrue();
    }
}
