/**
 * Numerai's scoring, number for number with the reference Python package numerai-tools: ranks,
 * Gaussianisation, the 1.5 power, CORR, MMC and BMC (correlation contribution), neutralisation,
 * FNC, feature exposure, per-era summaries and id alignment.
 *
 * <p>Everything here is a pure function over primitive arrays (or a reusable scorer with its own
 * buffers) and depends on no native library: statistics come from commons-math3, linear algebra
 * from EJML. Reading prediction files lives in {@code dev.dynamos.scoring.io}; this package owns no
 * file formats, no models and no command line.
 */
package dev.dynamos.scoring;
