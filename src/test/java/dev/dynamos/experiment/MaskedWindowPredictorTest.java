package dev.dynamos.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynamos.agent.HeadFactory;
import dev.dynamos.data.DataType;
import dev.dynamos.data.EraTable;
import dev.dynamos.heads.BoosterParams;
import dev.dynamos.heads.HeadKind;
import dev.dynamos.heads.Heads;
import dev.dynamos.heads.SyntheticTables;
import java.util.List;
import org.junit.jupiter.api.Test;

class MaskedWindowPredictorTest {

    private static final int EMBARGO = 4;
    private static final int WINDOW = 6;

    private static final HeadFactory BOOSTERS =
            () -> Heads.create(HeadKind.XGBOOST, BoosterParams.defaults().withNumTrees(20));

    @Test
    void windowEndsOneEmbargoBeforeTheEraAndHoldsAtMostTheWindow() {
        EraTable table = SyntheticTables.table(30, 40, 6, 2, 7L);
        MaskedWindowPredictor predictor = predictor(table);

        for (int t = 0; t < table.eraCount(); t++) {
            int[] window = predictor.windowFor(t);
            assertThat(window.length).isLessThanOrEqualTo(WINDOW);
            for (int era : window) {
                assertThat(era).isLessThanOrEqualTo(t - EMBARGO);
            }
        }
        assertThat(predictor.windowFor(20)).containsExactly(11, 12, 13, 14, 15, 16);
    }

    @Test
    void targetsAfterTheEmbargoCannotChangeAnErasPredictions() {
        EraTable table = SyntheticTables.table(30, 40, 6, 2, 7L);
        int t = 20;
        EraTable changed = withLaterTargetsReversed(table, t - EMBARGO + 1);

        float[] before = predictor(table).predict(new int[] {t}, e -> new int[] {0, 1, 3});
        float[] after = predictor(changed).predict(new int[] {t}, e -> new int[] {0, 1, 3});
        float[] earlier =
                predictor(withLaterTargetsReversed(table, t - EMBARGO))
                        .predict(new int[] {t}, e -> new int[] {0, 1, 3});

        assertThat(after).containsExactly(before);
        assertThat(earlier).isNotEqualTo(before);
    }

    @Test
    void anEmptyMaskPredictsTheNeutralValue() {
        EraTable table = SyntheticTables.table(30, 40, 6, 2, 7L);

        float[] predictions = predictor(table).predict(new int[] {25}, e -> new int[0]);

        assertThat(predictions).containsOnly(0.5f);
    }

    private static MaskedWindowPredictor predictor(EraTable table) {
        int[] all = SyntheticTables.range(0, table.eraCount());
        return new MaskedWindowPredictor(table, "target", all, WINDOW, EMBARGO, BOOSTERS);
    }

    /** Returns the table with the target of every era from {@code firstEra} on reversed. */
    private static EraTable withLaterTargetsReversed(EraTable table, int firstEra) {
        float[] target = table.target("target").clone();
        for (int r = table.eraStart(firstEra); r < table.rows(); r++) {
            target[r] = 1f - target[r];
        }
        String[] ids = new String[table.rows()];
        int[] eras = new int[table.rows()];
        DataType[] types = new DataType[table.rows()];
        for (int r = 0; r < ids.length; r++) {
            ids[r] = table.id(r);
            eras[r] = table.era(table.eraIndexOfRow(r));
            types[r] = table.dataType(r);
        }
        byte[][] columns = new byte[table.featureCount()][];
        for (int f = 0; f < columns.length; f++) {
            columns[f] = table.column(f);
        }
        return new EraTable(
                ids,
                eras,
                types,
                table.featureNames(),
                columns,
                List.of("target"),
                new float[][] {target},
                table.featureSets());
    }
}
