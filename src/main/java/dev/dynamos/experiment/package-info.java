/**
 * Experiments with tree baselines: YAML run configs, era-wise cross-validation with an embargo,
 * out-of-fold predictions, and the run folder a training run writes (config, data fingerprint,
 * model, predictions, metrics). Owns no model code (see {@code heads}) and no metric code (see
 * {@code scoring}).
 */
package dev.dynamos.experiment;
