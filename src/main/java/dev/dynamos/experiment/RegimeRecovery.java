package dev.dynamos.experiment;

import java.util.OptionalDouble;

/**
 * How well per-era keep masks recover one regime's informative features.
 *
 * @param regime the regime's number
 * @param eras eras of this regime among the masked eras
 * @param informativeFeatures the regime's informative features among the candidate features
 * @param recall mean over the regime's eras of the share of informative features kept; empty when
 *     the regime has no informative candidate feature
 * @param precision mean over the regime's eras that keep any feature of the share of kept features
 *     that are informative; empty when no era keeps a feature
 */
public record RegimeRecovery(
        int regime,
        int eras,
        int informativeFeatures,
        OptionalDouble recall,
        OptionalDouble precision) {}
