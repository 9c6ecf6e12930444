package dev.dynamos.agent;

import java.util.Objects;

/**
 * What one gradient evaluation of the policy loss needs for one era.
 *
 * <p>Loss = policyWeight * (-mean_k(advantage_k * log pi(mask_k))) - entropyWeight * entropy +
 * replayWeight * mean_j (logit_j - storedLogit_j)^2, where pi is the training distribution (keep
 * probabilities squeezed into [0.2, 0.8]) and the entropy is that of the same distribution, summed
 * over features.
 *
 * @param tokens the era's tokens
 * @param masks K sampled masks, each a 0/1 flag per feature
 * @param advantages one standardised advantage per mask
 * @param policyWeight weight of the REINFORCE term (0 for a replay-only evaluation)
 * @param entropyWeight weight of the entropy bonus
 * @param storedLogits logits stored for this era in the replay buffer, or null for none
 * @param replayWeight weight of the replay MSE (ignored without stored logits)
 */
public record PolicyBatch(
        FeatureTokens tokens,
        float[][] masks,
        double[] advantages,
        double policyWeight,
        double entropyWeight,
        float[] storedLogits,
        double replayWeight) {

    /** Compact constructor: checks shapes. */
    public PolicyBatch {
        Objects.requireNonNull(tokens, "tokens");
        if (masks.length != advantages.length || masks.length == 0) {
            throw new IllegalArgumentException(
                    "need one advantage per mask and at least one mask, got "
                            + masks.length
                            + " masks and "
                            + advantages.length
                            + " advantages");
        }
        for (float[] mask : masks) {
            if (mask.length != tokens.featureCount()) {
                throw new IllegalArgumentException(
                        "mask has " + mask.length + " entries, expected " + tokens.featureCount());
            }
        }
        if (storedLogits != null && storedLogits.length != tokens.featureCount()) {
            throw new IllegalArgumentException(
                    "storedLogits has "
                            + storedLogits.length
                            + " entries, expected "
                            + tokens.featureCount());
        }
    }

    /** Returns a replay-only batch: MSE between the era's current and stored logits. */
    public static PolicyBatch replay(FeatureTokens tokens, float[] storedLogits, double weight) {
        float[][] noMask = {new float[tokens.featureCount()]};
        return new PolicyBatch(tokens, noMask, new double[1], 0, 0, storedLogits, weight);
    }
}
