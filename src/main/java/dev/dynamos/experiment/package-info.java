/**
 * Experiments: YAML run configs, era-wise cross-validation with an embargo, out-of-fold
 * predictions, the run folder a training run writes (config, data fingerprint, model, predictions,
 * metrics), and the comparison of models over the same validation eras (per-era summaries, paired
 * differences to a reference, mask statistics, the comparison table). Owns no model code (see
 * {@code heads}) and no metric code (see {@code scoring}).
 */
package dev.dynamos.experiment;
