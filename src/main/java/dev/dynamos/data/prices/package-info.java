/**
 * Builds Numerai-layout era data from daily stock prices: reading a long price CSV, choosing weekly
 * eras, computing point-in-time price and volume features, binning them per era, ranking forward
 * returns into targets and splitting eras into train, validation, test and live. Owns no file
 * writing of era tables (see {@code dev.dynamos.data.io}) and no models.
 */
package dev.dynamos.data.prices;
