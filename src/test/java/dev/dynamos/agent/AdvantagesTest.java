package dev.dynamos.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;

class AdvantagesTest {

    private static final double TOLERANCE = 1e-12;

    @Test
    void leaveOneOutAdvantagesAreCenteredAndStandardised() {
        double[] advantages = Advantages.leaveOneOutStandardised(new double[] {0.03, 0.01, 0.02});

        assertThat(advantages[0]).isCloseTo(Math.sqrt(1.5), offset(TOLERANCE));
        assertThat(advantages[1]).isCloseTo(-Math.sqrt(1.5), offset(TOLERANCE));
        assertThat(advantages[2]).isCloseTo(0, offset(TOLERANCE));
    }

    @Test
    void equalRewardsGiveZeroAdvantages() {
        assertThat(Advantages.leaveOneOutStandardised(new double[] {0.02, 0.02}))
                .containsExactly(0, 0);
    }
}
