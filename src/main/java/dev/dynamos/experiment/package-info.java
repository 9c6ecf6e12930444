/**
 * Experiments that compare models over the same validation eras: per-era score summaries, paired
 * differences to a reference model, mask statistics and the comparison table. Owns no scoring
 * (per-era CORR, FNC, BMC come from the scoring package) and no model fitting.
 */
package dev.dynamos.experiment;
