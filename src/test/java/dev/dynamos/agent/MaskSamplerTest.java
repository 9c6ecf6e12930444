package dev.dynamos.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class MaskSamplerTest {

    @Test
    void gumbelTopKKeepsExactlyTheBudgetAndFavoursLikelyFeatures() {
        float[] p = {0.9f, 0.9f, 0.1f, 0.1f, 0.5f, 0.5f};
        Random random = new Random(3);
        int[] kept = new int[p.length];

        float[][] masks = MaskSampler.gumbelTopK(p, 2, 500, random);

        for (float[] mask : masks) {
            assertThat(MaskSampler.keptPositions(mask)).hasSize(2);
            for (int f = 0; f < p.length; f++) {
                kept[f] += mask[f] > 0 ? 1 : 0;
            }
        }
        assertThat(kept[0]).isGreaterThan(kept[4]);
        assertThat(kept[4]).isGreaterThan(kept[2]);
    }

    @Test
    void thresholdKeepsProbabilitiesAtOrAboveOneHalf() {
        assertThat(MaskSampler.threshold(new float[] {0.5f, 0.49f, 0.8f}))
                .containsExactly(1f, 0f, 1f);
    }

    @Test
    void topKBreaksTiesTowardsTheLowerIndex() {
        assertThat(MaskSampler.topK(new double[] {1, 3, 3, 2}, 2)).containsExactly(0f, 1f, 1f, 0f);
    }
}
