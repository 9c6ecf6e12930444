package dev.dynamos.agent;

/** Scores one era's predictions against its target; the agent's reward is built from it. */
@FunctionalInterface
public interface EraScore {

    /**
     * Returns the era's score (higher is better).
     *
     * @param predictions one prediction per row of the era
     * @param target the era's target values, NaN where unknown (such rows are skipped)
     * @return the score, 0 when it is undefined (for example constant predictions)
     */
    double score(float[] predictions, float[] target);

    /**
     * Returns Numerai's CORR with numerai-tools' defaults ({@link
     * dev.dynamos.scoring.NumeraiCorr#numeraiCorr(double[], double[])}), 0 where it is undefined.
     */
    static EraScore numeraiCorr() {
        return (predictions, target) -> {
            double[] p = new double[predictions.length];
            double[] t = new double[target.length];
            for (int i = 0; i < p.length; i++) {
                p[i] = predictions[i];
                t[i] = target[i];
            }
            double corr = dev.dynamos.scoring.NumeraiCorr.numeraiCorr(p, t);
            return Double.isNaN(corr) ? 0 : corr;
        };
    }
}
