package dev.dynamos.data.synth;

import dev.dynamos.data.EraTable;
import java.util.List;
import java.util.Objects;

/**
 * A generated version held in memory: the rows of every part and the truth behind them.
 *
 * @param table train, validation and live rows, sorted by era
 * @param truth the generator's parameters, regimes and era regimes
 * @param regimes the regimes with column indices, for code that scores against the truth
 * @param featureLayout names, groups and feature sets
 */
public record SyntheticData(
        EraTable table, SynthTruth truth, List<Regime> regimes, FeatureLayout featureLayout) {

    /** Compact constructor: rejects nulls and copies the regimes. */
    public SyntheticData {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(truth, "truth");
        Objects.requireNonNull(featureLayout, "featureLayout");
        regimes = List.copyOf(regimes);
    }

    /** Returns the regime that holds in the era at {@code eraIndex} of the table. */
    public int regimeOfEraIndex(int eraIndex) {
        return truth.regimeOf(table.era(eraIndex));
    }
}
