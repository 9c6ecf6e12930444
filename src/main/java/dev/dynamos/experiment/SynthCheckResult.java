package dev.dynamos.experiment;

/**
 * Validation scores of the synthetic-data check: mean per-era CORR of three predictors.
 *
 * @param noise the data's relative target noise
 * @param validationEras validation eras scored
 * @param staticCorr a booster trained on every train era, unaware of the regime
 * @param regimeAwareCorr one booster per regime, trained on that regime's train eras and applied to
 *     validation eras of the same true regime
 * @param oracleCorr the true regime signal without noise: the ceiling
 * @param seconds wall time of the check, generation included
 */
public record SynthCheckResult(
        double noise,
        int validationEras,
        double staticCorr,
        double regimeAwareCorr,
        double oracleCorr,
        double seconds) {

    /** Returns how many times the static CORR the regime-aware CORR is. */
    public double regimeAdvantage() {
        return regimeAwareCorr / staticCorr;
    }
}
