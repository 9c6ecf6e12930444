package dev.dynamos.data.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class EraRankingTest {

    @Test
    void targetLevelCountsFollowNumeraiProportions() {
        assertThat(EraRanking.targetLevelCounts(1000)).containsExactly(50, 200, 500, 200, 50);
        // round(1.85)=2, round(9.25)=9, round(27.75)=28, round(35.15)=35, 37
        assertThat(EraRanking.targetLevelCounts(37)).containsExactly(2, 7, 19, 7, 2);
    }

    @Test
    void rankTargetLevelsGivesHighestLevelToLargestValues() {
        double[] raw = new double[20];
        for (int r = 0; r < raw.length; r++) {
            raw[r] = r;
        }
        float[] out = new float[20];

        EraRanking.rankTargetLevels(raw, 20, new long[20], out, 0);

        assertThat(out[0]).isEqualTo(0f);
        assertThat(out[19]).isEqualTo(1f);
        assertThat(out[10]).isEqualTo(0.5f);
        assertThat(out[4]).isEqualTo(0.25f);
    }

    @Test
    void selectionBinsMatchBinsFromAFullSort() {
        SplittableRandom rng = new SplittableRandom(3);
        int n = 997;
        double[] values = new double[n];
        for (int r = 0; r < n; r++) {
            values[r] = rng.nextGaussian();
        }
        byte[] selected = new byte[n];
        byte[] sorted = new byte[n];
        long[] keys = new long[n];

        EraRanking.binEqualFrequency(values, n, new double[n], keys, selected, 0);
        EraRanking.order(values, n, keys);
        for (int i = 0; i < n; i++) {
            sorted[(int) keys[i]] = (byte) ((long) i * 5 / n);
        }

        assertThat(selected).containsExactly(sorted);
    }

    @Test
    void tiedValuesStillGiveEqualFrequencyBinsBrokenByRowOrder() {
        int n = 100;
        double[] values = new double[n];
        for (int r = 0; r < n; r++) {
            values[r] = r % 3;
        }
        byte[] out = new byte[n];

        EraRanking.binEqualFrequency(values, n, new double[n], new long[n], out, 0);

        int[] counts = new int[5];
        for (byte bin : out) {
            counts[bin]++;
        }
        assertThat(counts).containsExactly(20, 20, 20, 20, 20);
        // Rows 0, 3, 6, ... hold the smallest value 0; the first 20 of them fall in bin 0.
        assertThat(out[0]).isEqualTo((byte) 0);
        assertThat(out[99]).isEqualTo((byte) 1);
    }
}
