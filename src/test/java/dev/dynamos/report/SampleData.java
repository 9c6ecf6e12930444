package dev.dynamos.report;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/** Seeded per-era scores and feature maps shaped like a real training run, for report tests. */
final class SampleData {

    static final long SEED = 7L;

    private SampleData() {}

    /** Returns era numbers {@code first, first + step, ...}, {@code count} of them. */
    static int[] eras(int first, int count, int step) {
        int[] eras = new int[count];
        for (int i = 0; i < count; i++) {
            eras[i] = first + i * step;
        }
        return eras;
    }

    /** Returns per-era scores with the given mean and a spread of 0.02. */
    static double[] scores(int count, double mean, Random random) {
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            values[i] = mean + 0.02 * random.nextGaussian();
        }
        return values;
    }

    /** Returns a value per feature named like Numerai's features. */
    static Map<String, Double> perFeature(int count, double scale, Random random) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (int f = 0; f < count; f++) {
            values.put(
                    "feature_" + Integer.toString(1000 + f * 37, 36) + "_sample_" + f,
                    scale * random.nextGaussian());
        }
        return values;
    }

    /** Returns a keep mask per era and feature with a keep ratio drifting over eras. */
    static boolean[][] keepMask(int eras, int features, Random random) {
        boolean[][] kept = new boolean[eras][features];
        for (int e = 0; e < eras; e++) {
            double ratio = 0.3 + 0.4 * e / eras;
            for (int f = 0; f < features; f++) {
                kept[e][f] = random.nextDouble() < ratio * (f % 3 == 0 ? 1.5 : 1.0);
            }
        }
        return kept;
    }
}
