package dev.dynamos.agent;

import java.util.Arrays;
import java.util.Random;

/**
 * Draws and thresholds per-feature keep masks; a mask is one flag per feature, 1 for kept and 0 for
 * dropped.
 */
public final class MaskSampler {

    /** Inference keeps a feature when its keep probability is at least this (Dynamos). */
    public static final double KEEP_THRESHOLD = 0.5;

    private MaskSampler() {}

    /**
     * Draws K independent Bernoulli masks.
     *
     * @param probabilities keep probability per feature, in [0, 1]
     * @param count number of masks K
     * @param random the generator
     * @return K masks of 0/1 flags
     */
    public static float[][] bernoulli(float[] probabilities, int count, Random random) {
        float[][] masks = new float[count][probabilities.length];
        for (int k = 0; k < count; k++) {
            for (int f = 0; f < probabilities.length; f++) {
                masks[k][f] = random.nextDouble() < probabilities[f] ? 1f : 0f;
            }
        }
        return masks;
    }

    /**
     * Draws K masks of exactly {@code budget} features each, without replacement in proportion to
     * the keep probabilities (the Gumbel-top-k trick: the top {@code budget} of log p + Gumbel
     * noise).
     *
     * @param probabilities keep probability per feature, in (0, 1]
     * @param budget features kept per mask, 1..features
     * @param count number of masks K
     * @param random the generator
     * @return K masks of 0/1 flags
     */
    public static float[][] gumbelTopK(
            float[] probabilities, int budget, int count, Random random) {
        checkBudget(budget, probabilities.length);
        float[][] masks = new float[count][];
        double[] keys = new double[probabilities.length];
        for (int k = 0; k < count; k++) {
            for (int f = 0; f < keys.length; f++) {
                double u = Math.max(random.nextDouble(), Double.MIN_NORMAL);
                keys[f] = Math.log(probabilities[f]) - Math.log(-Math.log(u));
            }
            masks[k] = topK(keys, budget);
        }
        return masks;
    }

    /** Returns the inference mask: features whose keep probability is at least 0.5. */
    public static float[] threshold(float[] probabilities) {
        float[] mask = new float[probabilities.length];
        for (int f = 0; f < mask.length; f++) {
            mask[f] = probabilities[f] >= KEEP_THRESHOLD ? 1f : 0f;
        }
        return mask;
    }

    /**
     * Returns the mask of the {@code budget} highest scores (ties to the lower feature index).
     *
     * @param scores one score per feature (logits or keys)
     * @param budget features to keep, 1..features
     */
    public static float[] topK(double[] scores, int budget) {
        checkBudget(budget, scores.length);
        float[] mask = new float[scores.length];
        for (int chosen = 0; chosen < budget; chosen++) {
            int best = -1;
            for (int f = 0; f < scores.length; f++) {
                if (mask[f] == 0f && (best < 0 || scores[f] > scores[best])) {
                    best = f;
                }
            }
            mask[best] = 1f;
        }
        return mask;
    }

    /** Returns the kept feature positions of a mask, ascending. */
    public static int[] keptPositions(float[] mask) {
        int count = 0;
        for (float m : mask) {
            count += m > 0 ? 1 : 0;
        }
        int[] kept = new int[count];
        int next = 0;
        for (int f = 0; f < mask.length; f++) {
            if (mask[f] > 0) {
                kept[next++] = f;
            }
        }
        return kept;
    }

    /** Returns the share (0..1) of features a mask keeps. */
    public static double keepRatio(float[] mask) {
        double kept = 0;
        for (float m : mask) {
            kept += m;
        }
        return kept / mask.length;
    }

    private static void checkBudget(int budget, int features) {
        if (budget < 1 || budget > features) {
            throw new IllegalArgumentException(
                    "budget must be in 1.." + features + ", got " + budget);
        }
    }

    /** Returns a mask's 0/1 flags as booleans, the form of an {@code EraSlice} era mask. */
    public static boolean[] keepFlags(float[] mask) {
        boolean[] keep = new boolean[mask.length];
        for (int f = 0; f < mask.length; f++) {
            keep[f] = mask[f] > 0;
        }
        return keep;
    }

    /** Returns the mask that keeps all {@code features}. */
    public static float[] keepAll(int features) {
        float[] mask = new float[features];
        Arrays.fill(mask, 1f);
        return mask;
    }
}
