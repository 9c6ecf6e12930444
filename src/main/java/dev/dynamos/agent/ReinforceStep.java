package dev.dynamos.agent;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Random;

/**
 * The parts of a REINFORCE step that the booster's trainer and the joint MLP trainer share: drawing
 * K masks from the policy's training probabilities, and the batches of one update (REINFORCE with
 * leave-one-out standardised advantages and the entropy bonus, plus the replay MSE on the stored
 * logits of remembered eras).
 */
final class ReinforceStep {

    private ReinforceStep() {}

    /** Draws K masks: Gumbel-top-k under a fixed budget, else one Bernoulli draw per feature. */
    static float[][] sampleMasks(
            AttentionPolicy policy, float[] logits, AgentConfig config, Random random) {
        float[] p = policy.trainingProbabilities(logits);
        if (config.budget() > 0) {
            return MaskSampler.gumbelTopK(p, config.budget(), config.masksPerStep(), random);
        }
        return MaskSampler.bernoulli(p, config.masksPerStep(), random);
    }

    /** Returns the batches of one policy update for an era's masks and rewards. */
    static List<PolicyBatch> batches(
            FeatureTokens eraTokens,
            float[][] masks,
            double[] rewards,
            AgentConfig config,
            ReplayBuffer buffer,
            Random random) {
        List<PolicyBatch> batches = new ArrayList<>();
        double[] advantages = Advantages.leaveOneOutStandardised(rewards);
        batches.add(
                new PolicyBatch(
                        eraTokens, masks, advantages, 1.0, config.entropyWeight(), null, 0));
        List<ReplayEntry> replayed = buffer.sample(config.replayBatch(), random);
        for (ReplayEntry entry : replayed) {
            double weight = config.replayWeight() / replayed.size();
            batches.add(PolicyBatch.replay(entry.tokens(), entry.logits(), weight));
        }
        return batches;
    }

    /**
     * Returns the index of the best reward when it beats the mean of the others: the mask the
     * replay buffer may remember for the era.
     */
    static OptionalInt bestAboveOthers(double[] rewards) {
        int best = 0;
        double sum = 0;
        for (int k = 0; k < rewards.length; k++) {
            sum += rewards[k];
            best = rewards[k] > rewards[best] ? k : best;
        }
        double othersMean = (sum - rewards[best]) / (rewards.length - 1);
        return rewards[best] > othersMean ? OptionalInt.of(best) : OptionalInt.empty();
    }
}
