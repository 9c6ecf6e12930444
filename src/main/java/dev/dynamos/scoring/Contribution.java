package dev.dynamos.scoring;

/**
 * Correlation contribution (numerai-tools' {@code correlation_contribution}): MMC against the meta
 * model, BMC against a benchmark model. It measures how much the predictions add to the reference
 * model's correlation with the target.
 */
public final class Contribution {

    private Contribution() {}

    /**
     * Returns the correlation contribution of predictions over a reference model (MMC when the
     * reference is the meta model, BMC when it is a benchmark model), with at most 20% of rows lost
     * to NaN.
     *
     * @see #correlationContribution(double[], double[], double[], double)
     */
    public static double correlationContribution(
            double[] predictions, double[] reference, double[] targets) {
        return correlationContribution(
                predictions, reference, targets, CorrOptions.DEFAULT_MAX_FILTERED_RATIO);
    }

    /**
     * Returns the correlation contribution of predictions over a reference model.
     *
     * <ol>
     *   <li>Keep rows where predictions, reference and target are all non-NaN; fail when any input
     *       loses more than {@code maxFilteredRatio} of its rows.
     *   <li>Tie-kept rank and Gaussianise predictions ({@code p}) and reference ({@code m}); no
     *       power.
     *   <li>Orthogonalise: {@code p⊥ = p - m (p·m) / (m·m)}.
     *   <li>When every target lies in [0, 1], multiply the targets by 4; then centre them.
     *   <li>Return {@code (t · p⊥) / n}, a covariance.
     * </ol>
     *
     * @param predictions predictions, NaN allowed; not modified
     * @param reference meta model or benchmark predictions of the same rows; not modified
     * @param targets targets of the same rows, NaN allowed; not modified
     * @param maxFilteredRatio share of any input's rows that may be lost, in [0, 1]
     * @return the contribution (a covariance; about ±0.05 on real data)
     * @throws dev.dynamos.common.BadInputException when too many rows are lost to NaN
     */
    public static double correlationContribution(
            double[] predictions, double[] reference, double[] targets, double maxFilteredRatio) {
        Stats.checkSameLength("predictions", predictions, "reference", reference);
        Stats.checkSameLength("predictions", predictions, "targets", targets);
        int[] rows = new int[predictions.length];
        int kept = allPresent(predictions, reference, targets, rows);
        int n = predictions.length;
        IdAlignment.requireOverlap(kept, "reference", n, "predictions", n, maxFilteredRatio);
        IdAlignment.requireOverlap(kept, "targets", n, "predictions", n, maxFilteredRatio);

        double[] p = Transforms.tieKeptRankGaussianize(Stats.gather(predictions, rows, kept));
        double[] m = Transforms.tieKeptRankGaussianize(Stats.gather(reference, rows, kept));
        double[] neutral = Transforms.orthogonalize(p, m);
        double[] t = centredBucketTargets(Stats.gather(targets, rows, kept));
        return Stats.dot(t, neutral) / kept;
    }

    /** Returns the targets times 4 when all lie in [0, 1], then centred on their mean. */
    static double[] centredBucketTargets(double[] targets) {
        boolean unit = true;
        for (double t : targets) {
            unit &= t >= 0.0 && t <= 1.0;
        }
        double[] scaled = new double[targets.length];
        for (int i = 0; i < scaled.length; i++) {
            scaled[i] = unit ? targets[i] * 4.0 : targets[i];
        }
        double mean = Stats.mean(scaled);
        for (int i = 0; i < scaled.length; i++) {
            scaled[i] -= mean;
        }
        return scaled;
    }

    private static int allPresent(double[] a, double[] b, double[] c, int[] rows) {
        int kept = 0;
        for (int i = 0; i < a.length; i++) {
            if (!Double.isNaN(a[i]) && !Double.isNaN(b[i]) && !Double.isNaN(c[i])) {
                rows[kept++] = i;
            }
        }
        return kept;
    }
}
