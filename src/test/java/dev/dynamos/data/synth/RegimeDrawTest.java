package dev.dynamos.data.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RegimeDrawTest {

    private static final double STAY_TOLERANCE = 0.005;

    @Test
    void chainKeepsItsRegimeWithTheStayProbability() {
        int[] chain = RegimeDraw.drawChain(200_000, 4, new SplittableRandom(7));

        int stays = 0;
        for (int e = 1; e < chain.length; e++) {
            stays += chain[e] == chain[e - 1] ? 1 : 0;
        }

        double stayShare = stays / (double) (chain.length - 1);
        assertThat(stayShare)
                .isCloseTo(
                        RegimeDraw.STAY_PROBABILITY,
                        org.assertj.core.data.Offset.offset(STAY_TOLERANCE));
        assertThat(chain).contains(0, 1, 2, 3);
    }

    @Test
    void regimesShareNoFeatureWhenThereAreEnough() {
        List<Regime> regimes = RegimeDraw.drawRegimes(4, 120, new SplittableRandom(1));

        Set<Integer> seen = new HashSet<>();
        for (Regime regime : regimes) {
            assertThat(regime.informativeFeatures()).hasSize(RegimeDraw.FEATURES_PER_REGIME);
            for (int f : regime.informativeFeatures()) {
                assertThat(seen.add(f)).as("feature %d reused", f).isTrue();
            }
        }
    }

    @Test
    void everyRegimeHasEveryShape() {
        List<Regime> regimes = RegimeDraw.drawRegimes(3, 10, new SplittableRandom(2));

        for (Regime regime : regimes) {
            assertThat(regime.terms().stream().map(SignalTerm::shape))
                    .containsExactlyElementsOf(RegimeDraw.TERM_SHAPES);
        }
    }
}
