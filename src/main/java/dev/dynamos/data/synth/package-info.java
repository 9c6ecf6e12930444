/**
 * Synthetic Numerai-layout data with a known answer: a hidden market regime that switches between
 * eras, regime-specific informative features with non-linear shapes, and the ground truth written
 * beside the data. Owns the generator and the synthetic version directory; reading and writing
 * Parquet belong to {@code dev.dynamos.data.io}.
 */
package dev.dynamos.data.synth;
