/**
 * Experiments that compare models over the same validation eras: per-era score summaries, paired
 * differences to a reference model, mask statistics and the comparison table, and the check that
 * synthetic data rewards knowing its hidden regime. Owns no scoring (per-era CORR, FNC, BMC come
 * from the scoring package); the synthetic-data check fits its XGBoost boosters directly.
 */
package dev.dynamos.experiment;
