package dev.dynamos.agent;

/**
 * What one training step did and how long its parts took.
 *
 * @param step the step number, from 0
 * @param era the era index the masks were chosen for
 * @param warmup whether this was a warm-up step (all features, no policy-gradient update)
 * @param rewards reward of each mask
 * @param corrs mean CORR of each mask over the reward eras
 * @param keepRatios share of features kept by each mask
 * @param loss the policy loss before the update (0 in warm-up)
 * @param tokenNanos time building tokens
 * @param policyNanos time in the policy: forward, sampling, backward and Adam
 * @param fitNanos time fitting heads and predicting
 * @param scoreNanos time scoring predictions
 */
public record StepReport(
        int step,
        int era,
        boolean warmup,
        double[] rewards,
        double[] corrs,
        double[] keepRatios,
        double loss,
        long tokenNanos,
        long policyNanos,
        long fitNanos,
        long scoreNanos) {

    /** Returns the mean reward over the step's masks. */
    public double meanReward() {
        double sum = 0;
        for (double r : rewards) {
            sum += r;
        }
        return sum / rewards.length;
    }

    /** Returns the total time of the step's measured parts, in nanoseconds. */
    public long totalNanos() {
        return tokenNanos + policyNanos + fitNanos + scoreNanos;
    }
}
