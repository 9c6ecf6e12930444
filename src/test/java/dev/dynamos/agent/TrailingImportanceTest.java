package dev.dynamos.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import dev.dynamos.data.EraTable;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TrailingImportanceTest {

    private static final int ERAS = 30;
    private static final int ROWS = 80;
    private static final int FEATURES = 6;
    private static final int WINDOW = 5;
    private static final int EMBARGO = 4;

    private static TrailingImportance importance(EraTable table) {
        return new TrailingImportance(
                table, AgentTestData.TARGET, LinearFakeHead::new, WINDOW, EMBARGO);
    }

    /** Replaces the targets of eras first..last with fresh random values. */
    private static EraTable newTargets(EraTable table, int first, int last) {
        float[] target = table.target(AgentTestData.TARGET).clone();
        Random random = new Random(17);
        for (int r = table.eraStart(first); r < table.eraEnd(last); r++) {
            target[r] = random.nextFloat();
        }
        return AgentTestData.withTargets(table, target);
    }

    @Test
    void sharesIgnoreTargetsOfErasAfterTheLastKnownOne() {
        EraTable table = AgentTestData.table(2, ERAS, ROWS, FEATURES);
        int t = 20;
        EraTable changed = newTargets(table, t - EMBARGO + 1, ERAS - 1);

        assertThat(importance(changed).shares(t)).containsExactly(importance(table).shares(t));
    }

    @Test
    void sharesFollowTheTargetsOfTheKnownWindow() {
        EraTable table = AgentTestData.table(2, ERAS, ROWS, FEATURES);
        int t = 20;
        EraTable changed = newTargets(table, t - EMBARGO - WINDOW + 1, t - EMBARGO);

        assertThat(importance(changed).shares(t)).isNotEqualTo(importance(table).shares(t));
    }

    @Test
    void windowHoldsTheLastKnownErasAndSharesSumToTheFeatureCount() {
        EraTable table = AgentTestData.table(2, ERAS, ROWS, FEATURES);
        TrailingImportance importance = importance(table);

        assertThat(importance.windowEras(20 - EMBARGO)).containsExactly(12, 13, 14, 15, 16);
        float sum = 0;
        for (float share : importance.shares(20)) {
            assertThat(share).isGreaterThanOrEqualTo(0f);
            sum += share;
        }
        assertThat((double) sum).isCloseTo(FEATURES, offset(1e-4));
    }

    @Test
    void anEraWithNoKnownEraGetsZeros() {
        EraTable table = AgentTestData.table(2, ERAS, ROWS, FEATURES);

        assertThat(importance(table).shares(EMBARGO - 1)).containsOnly(0f);
    }
}
