/**
 * Experiments that put data, heads and scoring together and report numbers: for now the check that
 * synthetic data rewards knowing its hidden regime. Owns no data format and no model.
 */
package dev.dynamos.experiment;
