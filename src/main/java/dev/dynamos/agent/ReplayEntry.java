package dev.dynamos.agent;

import java.util.Objects;

/**
 * One remembered era: its tokens, the policy's logits when its mask earned an above-baseline
 * reward, that mask, the reward, and the head's predictions on the era's rows.
 *
 * @param era era index in the table
 * @param tokens the era's tokens
 * @param logits the policy's logits for the era at the time
 * @param mask the rewarded mask (0/1 per feature)
 * @param reward the mask's reward
 * @param predictions the head's predictions for the era's rows (empty array when not kept)
 */
public record ReplayEntry(
        int era,
        FeatureTokens tokens,
        float[] logits,
        float[] mask,
        double reward,
        float[] predictions) {

    /** Compact constructor: checks sizes. */
    public ReplayEntry {
        Objects.requireNonNull(tokens, "tokens");
        Objects.requireNonNull(predictions, "predictions");
        if (logits.length != tokens.featureCount() || mask.length != tokens.featureCount()) {
            throw new IllegalArgumentException(
                    "logits and mask need "
                            + tokens.featureCount()
                            + " entries, got "
                            + logits.length
                            + " and "
                            + mask.length);
        }
    }
}
