package dev.dynamos.agent;

import dev.dynamos.data.EraTable;
import dev.dynamos.heads.EraSlice;
import dev.dynamos.heads.Head;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * Rewards masks for an era: fits a fresh head on the kept columns of the fit window and scores its
 * predictions on the reward eras.
 *
 * <p>Kept features are passed as column indices of an {@link EraSlice}, so the head reads only
 * those columns of the column-major byte store; nothing is copied per mask beyond the head's own
 * matrix.
 */
public final class MaskReward {

    private final EraTable table;
    private final String target;
    private final HeadFactory heads;
    private final EraScore score;
    private final double sparsityWeight;
    private final double targetKeepRatio;
    private long fitNanos;
    private long scoreNanos;

    /**
     * Creates an evaluator.
     *
     * @param table the data
     * @param target the target column
     * @param heads creates identically configured heads
     * @param score the per-era score (Numerai CORR)
     * @param config supplies the sparsity weight and target keep ratio
     */
    public MaskReward(
            EraTable table, String target, HeadFactory heads, EraScore score, AgentConfig config) {
        this.table = Objects.requireNonNull(table, "table");
        this.target = Objects.requireNonNull(target, "target");
        this.heads = Objects.requireNonNull(heads, "heads");
        this.score = Objects.requireNonNull(score, "score");
        this.sparsityWeight = config.sparsityWeight();
        this.targetKeepRatio = config.targetKeepRatio();
    }

    /**
     * A mask's outcome.
     *
     * @param corr mean score over the reward eras
     * @param reward corr - lambda * (keepRatio - k)^2
     * @param predictions the head's predictions on the reward eras' rows
     */
    public record Outcome(double corr, double reward, float[] predictions) {}

    /**
     * Fits a head on the kept features over the fit eras and scores it on the reward eras.
     *
     * @param mask 0/1 per feature column of the table
     * @param fitEras era indices to fit on, ascending
     * @param rewardEras era indices to score, ascending
     * @return the outcome; a mask that keeps nothing scores 0 CORR
     */
    public Outcome evaluate(float[] mask, int[] fitEras, int[] rewardEras) {
        int[] kept = MaskSampler.keptPositions(mask);
        double penalty = sparsityPenalty(sparsityWeight, targetKeepRatio, mask);
        if (kept.length == 0) {
            return new Outcome(0, -penalty, new float[EraSlice.of(table, rewardEras, kept).rows()]);
        }
        float[] predictions;
        long start = System.nanoTime();
        try (Head head = heads.newHead()) {
            head.fit(EraSlice.of(table, fitEras, kept), target, Optional.empty());
            predictions = head.predict(EraSlice.of(table, rewardEras, kept));
        }
        long fitted = System.nanoTime();
        double corr = meanEraScore(predictions, rewardEras);
        scoreNanos += System.nanoTime() - fitted;
        fitNanos += fitted - start;
        return new Outcome(corr, corr - penalty, predictions);
    }

    private double meanEraScore(float[] predictions, int[] eras) {
        float[] y = table.target(target);
        double sum = 0;
        int offset = 0;
        for (int e : eras) {
            int size = table.eraSize(e);
            float[] p = Arrays.copyOfRange(predictions, offset, offset + size);
            float[] t = Arrays.copyOfRange(y, table.eraStart(e), table.eraEnd(e));
            sum += score.score(p, t);
            offset += size;
        }
        return sum / eras.length;
    }

    /**
     * Returns the sparsity term of a mask's reward, lambda * (keep ratio - k)^2.
     *
     * @param weight lambda
     * @param targetKeepRatio k
     * @param mask 0/1 per feature
     * @return the penalty, at least 0
     */
    static double sparsityPenalty(double weight, double targetKeepRatio, float[] mask) {
        return weight * square(MaskSampler.keepRatio(mask) - targetKeepRatio);
    }

    private static double square(double x) {
        return x * x;
    }

    /** Returns nanoseconds spent fitting and predicting so far. */
    public long fitNanos() {
        return fitNanos;
    }

    /** Returns nanoseconds spent scoring so far. */
    public long scoreNanos() {
        return scoreNanos;
    }
}
