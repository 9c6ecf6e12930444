package dev.dynamos.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import dev.dynamos.data.EraTable;
import org.junit.jupiter.api.Test;

class TokenBuilderTest {

    private static final int ERAS = 40;
    private static final int ROWS = 50;
    private static final int FEATURES = 6;
    private static final double MEAN_TOLERANCE = 1e-5;

    private static TokenBuilder builder(EraTable table) {
        AgentConfig config = AgentConfig.fromYaml("embargo: 4\ntrailingWindow: 10\n", "test");
        return TokenBuilder.forTable(table, AgentTestData.TARGET, config, LinearFakeHead::new);
    }

    private static float[] targetsChangedFrom(EraTable table, int firstChangedEra) {
        float[] target = table.target(AgentTestData.TARGET).clone();
        for (int r = table.eraStart(firstChangedEra); r < table.rows(); r++) {
            target[r] = 1f - target[r];
        }
        return target;
    }

    @Test
    void tokensIgnoreTargetsOfErasAfterTheEmbargo() {
        EraTable table = AgentTestData.table(3, ERAS, ROWS, FEATURES);
        int t = 30;
        int firstUnknown = t - 4 + 1;
        EraTable changed =
                AgentTestData.withTargets(table, targetsChangedFrom(table, firstUnknown));

        float[] before = builder(table).tokens(t).values();
        float[] after = builder(changed).tokens(t).values();

        assertThat(after).containsExactly(before);
    }

    @Test
    void tokensUseTargetsOfTheLastKnownEra() {
        EraTable table = AgentTestData.table(3, ERAS, ROWS, FEATURES);
        int t = 30;
        int lastKnown = t - 4;
        EraTable changed = AgentTestData.withTargets(table, targetsChangedFrom(table, lastKnown));

        float[] before = builder(table).tokens(t).values();
        float[] after = builder(changed).tokens(t).values();

        assertThat(after).isNotEqualTo(before);
    }

    @Test
    void standardisedTokensAreCenteredAcrossFeaturesAndStillIgnoreLaterTargets() {
        EraTable table = AgentTestData.table(3, ERAS, ROWS, FEATURES);
        AgentConfig config =
                AgentConfig.fromYaml(
                        "embargo: 4\ntrailingWindow: 10\nstandardiseTokens: true\n", "test");
        int t = 30;
        EraTable changed = AgentTestData.withTargets(table, targetsChangedFrom(table, t - 3));

        FeatureTokens tokens = TokenBuilder.forTable(table, AgentTestData.TARGET, config).tokens(t);
        FeatureTokens after =
                TokenBuilder.forTable(changed, AgentTestData.TARGET, config).tokens(t);

        assertThat(after.values()).containsExactly(tokens.values());
        for (int d = 0; d < TokenBuilder.DESCRIPTORS; d++) {
            double sum = 0;
            for (int f = 0; f < FEATURES; f++) {
                sum += tokens.get(f, d);
            }
            assertThat(sum / FEATURES).as("descriptor %d", d).isCloseTo(0, offset(MEAN_TOLERANCE));
        }
    }

    @Test
    void tokenHoldsDescriptorsAndGroupOneHot() {
        EraTable table = AgentTestData.table(3, ERAS, ROWS, FEATURES);
        TokenBuilder builder = builder(table);

        FeatureTokens tokens = builder.tokens(20);

        assertThat(tokens.dim()).isEqualTo(TokenBuilder.DESCRIPTORS + 3);
        assertThat(tokens.get(0, TokenBuilder.DESCRIPTORS)).isEqualTo(1f);
        assertThat(tokens.get(FEATURES - 1, TokenBuilder.DESCRIPTORS + 1)).isEqualTo(1f);
        assertThat(tokens.get(0, 10)).as("share of trailing window known").isEqualTo(1f);
    }
}
