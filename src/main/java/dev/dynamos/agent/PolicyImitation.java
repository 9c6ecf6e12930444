package dev.dynamos.agent;

import java.util.List;
import java.util.Random;

/**
 * Starts a policy from a sensible place: updates that raise the log-probability of the mask keeping
 * an era's top features by trailing evidence ({@link TokenBuilder#priorScores}), each a REINFORCE
 * term with that one mask and advantage 1. REINFORCE from random weights on a reward as noisy as
 * one era's CORR learns little in a few hundred steps; after imitation it adjusts a policy that
 * already follows the evidence.
 */
final class PolicyImitation {

    private PolicyImitation() {}

    /**
     * Runs the imitation updates.
     *
     * @param policy the policy to update
     * @param tokens builds the tokens of an era
     * @param eras eras to draw from, each update drawing one
     * @param steps number of updates, at least 0
     * @param keep features the imitated mask keeps, at least 1
     * @param random draws the eras
     * @return the loss of the last update (0 when there was none)
     */
    static double imitate(
            AttentionPolicy policy,
            TokenBuilder tokens,
            int[] eras,
            int steps,
            int keep,
            Random random) {
        double loss = 0;
        for (int i = 0; i < steps; i++) {
            int t = eras[random.nextInt(eras.length)];
            FeatureTokens eraTokens = tokens.tokens(t);
            float[][] prior = {MaskSampler.topK(tokens.priorScores(eraTokens), keep)};
            PolicyBatch batch = new PolicyBatch(eraTokens, prior, new double[] {1}, 1, 0, null, 0);
            loss = policy.update(List.of(batch));
        }
        return loss;
    }

    /** Returns the features an imitated mask keeps: the budget, or the target keep ratio. */
    static int keptCount(AgentConfig config, int features) {
        if (config.budget() > 0) {
            return Math.min(config.budget(), features);
        }
        long count = Math.round(config.targetKeepRatio() * features);
        return (int) Math.max(1, Math.min(features, count));
    }
}
