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

    /** Returns Numerai's CORR (see {@link NumeraiCorr}). */
    static EraScore numeraiCorr() {
        return NumeraiCorr::corr;
    }
}
