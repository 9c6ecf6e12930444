/**
 * Experiments: tree baselines (YAML run configs, era-wise cross-validation with an embargo,
 * out-of-fold predictions, and the run folder a training run writes: config, data fingerprint,
 * model, predictions, metrics), and comparisons of models over the same validation eras (per-era
 * score summaries, paired differences to a reference model, mask statistics and the comparison
 * table). Owns no model fitting code (see {@code heads}) and no scoring (per-era CORR, FNC, BMC
 * come from the {@code scoring} package).
 */
package dev.dynamos.experiment;
