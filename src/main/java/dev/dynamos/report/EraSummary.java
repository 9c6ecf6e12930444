package dev.dynamos.report;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A per-era score's summary as a report table row, computed by the scoring package's {@link
 * dev.dynamos.scoring.EraSummary}: eras with a value, mean, standard deviation (ddof 0), Sharpe
 * (mean / std) and maximum drawdown on the additive scale, a positive number: with {@code c_k} the
 * running sum, {@code max_k(max_{j<=k} c_j - c_k)}.
 */
final class EraSummary {

    private EraSummary() {}

    /** Returns the summary metrics of the non-NaN values, in table order. */
    static Map<String, Double> of(double[] perEra) {
        dev.dynamos.scoring.EraSummary summary = dev.dynamos.scoring.EraSummary.of(perEra);
        Map<String, Double> row = new LinkedHashMap<>();
        row.put("eras", (double) summary.eras());
        row.put("mean", summary.mean());
        row.put("std", summary.std());
        row.put("sharpe", summary.sharpe());
        row.put("max drawdown", summary.maxDrawdown());
        return row;
    }
}
