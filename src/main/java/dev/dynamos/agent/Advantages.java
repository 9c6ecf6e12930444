package dev.dynamos.agent;

/** Turns the rewards of K masks sampled for the same era into REINFORCE advantages. */
public final class Advantages {

    private static final double STD_FLOOR = 1e-12;

    private Advantages() {}

    /**
     * Returns leave-one-out, standardised advantages.
     *
     * <ol>
     *   <li>baseline of mask k = mean reward of the other K - 1 masks;
     *   <li>advantage k = reward k - baseline k;
     *   <li>advantages divided by their standard deviation (all zero when the rewards are equal).
     * </ol>
     *
     * @param rewards one reward per mask, at least two
     * @return one advantage per mask, mean zero, standard deviation one (or all zero)
     */
    public static double[] leaveOneOutStandardised(double[] rewards) {
        int k = rewards.length;
        if (k < 2) {
            throw new IllegalArgumentException("need at least 2 rewards, got " + k);
        }
        double sum = 0;
        for (double r : rewards) {
            sum += r;
        }
        double[] advantages = new double[k];
        double squares = 0;
        for (int i = 0; i < k; i++) {
            advantages[i] = rewards[i] - (sum - rewards[i]) / (k - 1);
            squares += advantages[i] * advantages[i];
        }
        double std = Math.sqrt(squares / k);
        for (int i = 0; i < k; i++) {
            advantages[i] = std > STD_FLOOR ? advantages[i] / std : 0;
        }
        return advantages;
    }
}
