package dev.dynamos.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EraTableTest {

    private static EraTable unsortedTable() {
        String[] ids = {"a", "b", "c", "d", "e"};
        int[] eras = {3, 1, 3, 2, 1};
        DataType[] types = {
            DataType.VALIDATION, DataType.TRAIN, DataType.VALIDATION, DataType.TRAIN, DataType.TRAIN
        };
        byte[][] features = {{0, 1, 2, 3, 4}, {4, 3, 2, 1, 0}};
        float[][] targets = {{0f, 0.25f, Float.NaN, 0.75f, 1f}};
        return EraTable.sortedByEra(
                ids,
                eras,
                types,
                List.of("feature_a", "feature_b"),
                features,
                List.of("target"),
                targets,
                FeatureSets.allOnly(List.of("feature_a", "feature_b")));
    }

    @Test
    void sortsRowsByEraKeepingFileOrderWithinAnEra() {
        EraTable table = unsortedTable();

        assertThat(table.eraNumbers()).containsExactly(1, 2, 3);
        assertThat(new String[] {table.id(0), table.id(1), table.id(2), table.id(3), table.id(4)})
                .containsExactly("b", "e", "d", "a", "c");
        assertThat(table.column(0)).containsExactly(1, 4, 3, 0, 2);
        assertThat(table.target("target")).containsExactly(0.25f, 1f, 0.75f, 0f, Float.NaN);
        assertThat(table.eraStart(2)).isEqualTo(3);
        assertThat(table.eraEnd(2)).isEqualTo(5);
        assertThat(table.eraIndexOfRow(2)).isEqualTo(1);
        assertThat(table.eraIndexOf(3)).contains(2);
        assertThat(table.eraIndexOf(7)).isEmpty();
    }

    @Test
    void selectFeaturesSharesColumnsWithoutCopying() {
        EraTable table = unsortedTable();

        EraTable subset = table.selectFeatures(List.of("feature_b"));

        assertThat(subset.featureCount()).isEqualTo(1);
        assertThat(subset.column(0)).isSameAs(table.column(1));
        assertThat(subset.featureSets().sets().get("all")).containsExactly("feature_b");
    }

    @Test
    void selectErasAndDataTypesKeepWholeEras() {
        EraTable table = unsortedTable();

        EraTable validation = table.selectDataTypes(Set.of(DataType.VALIDATION));
        EraTable firstAndLast = table.selectEras(new int[] {2, 0});

        assertThat(validation.eraNumbers()).containsExactly(3);
        assertThat(validation.rows()).isEqualTo(2);
        assertThat(firstAndLast.eraNumbers()).containsExactly(1, 3);
        assertThat(firstAndLast.rows()).isEqualTo(4);
        assertThat(firstAndLast.dataType(3)).isEqualTo(DataType.VALIDATION);
    }

    @Test
    void concatJoinsPartsAndSortsByEra() {
        EraTable table = unsortedTable();
        EraTable late = table.selectEras(new int[] {2});
        EraTable early = table.selectEras(new int[] {0, 1});

        EraTable joined = EraTable.concat(List.of(late, early));

        assertThat(joined.eraNumbers()).containsExactly(1, 2, 3);
        assertThat(joined.column(1)).containsExactly(table.column(1));
    }

    @Test
    void rejectsColumnsOfTheWrongLength() {
        assertThatThrownBy(
                        () ->
                                new EraTable(
                                        new String[] {"a"},
                                        new int[] {1},
                                        new DataType[] {DataType.TRAIN},
                                        List.of("feature_a"),
                                        new byte[][] {{1, 2}},
                                        List.of(),
                                        new float[0][],
                                        FeatureSets.allOnly(List.of("feature_a"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("feature column feature_a has length 2, expected 1");
    }

    @Test
    void payloadIsOneBytePerFeatureValuePlusFloatTargets() {
        EraTable table = unsortedTable();

        assertThat(table.payloadBytes()).isEqualTo(5L * 2 + 4L * 5);
    }
}
