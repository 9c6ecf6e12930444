/**
 * Models that turn features into predictions: the {@link dev.dynamos.heads.Head} interface, the
 * XGBoost and LightGBM booster heads and the MLP head. Native libraries stay behind these types;
 * nothing outside this package touches XGBoost or LightGBM directly.
 */
package dev.dynamos.heads;
