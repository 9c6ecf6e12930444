package dev.dynamos.data.prices;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class EraRanksTest {

    @Test
    void distinctValuesFillFiveBinsEqually() {
        double[] values = shuffledRange(100, 3);
        byte[] bins = new byte[100];

        int missing = EraRanks.binFive(values, 0, 100, bins);

        assertThat(missing).isZero();
        assertThat(counts(bins)).containsExactly(20, 20, 20, 20, 20);
        for (int i = 0; i < 100; i++) {
            assertThat(bins[i]).isEqualTo((byte) (values[i] / 20));
        }
    }

    @Test
    void missingValuesBecomeTwoAndTheRestAreBinnedAmongThemselves() {
        double[] values = {Double.NaN, 0, 1, 2, 3, 4, Double.NaN, 5, 6, 7, 8, 9};
        byte[] bins = new byte[values.length];

        int missing = EraRanks.binFive(values, 0, values.length, bins);

        assertThat(missing).isEqualTo(2);
        assertThat(bins).containsExactly(2, 0, 0, 1, 1, 2, 2, 2, 3, 3, 4, 4);
    }

    @Test
    void tiedValuesShareABin() {
        double[] values = {1, 1, 1, 1, 1, 1, 2, 3, 4, 5};
        byte[] bins = new byte[values.length];

        EraRanks.binFive(values, 0, values.length, bins);

        assertThat(bins).startsWith(1, 1, 1, 1, 1, 1);
    }

    @Test
    void binningStaysInsideTheGivenRange() {
        double[] values = {9, 9, 0, 1, 2, 3, 4, 9};
        byte[] bins = new byte[values.length];

        EraRanks.binFive(values, 2, 7, bins);

        assertThat(bins).containsExactly(0, 0, 0, 1, 2, 3, 4, 0);
    }

    @Test
    void targetLevelsHoldNumeraiProportions() {
        double[] values = shuffledRange(200, 5);
        float[] levels = new float[200];

        EraRanks.targetLevels(values, 0, 200, levels);

        int[] counts = new int[5];
        for (float level : levels) {
            counts[Math.round(level * 4)]++;
        }
        assertThat(counts).containsExactly(10, 40, 100, 40, 10);
        assertThat(levels[indexOf(values, 199)]).isEqualTo(1f);
        assertThat(levels[indexOf(values, 0)]).isEqualTo(0f);
    }

    @Test
    void targetLevelsKeepNaN() {
        double[] values = {Double.NaN, 1, 2, 3};
        float[] levels = new float[4];

        EraRanks.targetLevels(values, 0, 4, levels);

        assertThat(levels[0]).isNaN();
        assertThat(levels[1]).isEqualTo(0.25f);
        assertThat(levels[3]).isEqualTo(0.75f);
    }

    private static double[] shuffledRange(int n, long seed) {
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = i;
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            double swap = values[i];
            values[i] = values[j];
            values[j] = swap;
        }
        return values;
    }

    private static int[] counts(byte[] bins) {
        int[] counts = new int[5];
        for (byte bin : bins) {
            counts[bin]++;
        }
        return counts;
    }

    private static int indexOf(double[] values, double value) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == value) {
                return i;
            }
        }
        throw new AssertionError("no " + value);
    }
}
