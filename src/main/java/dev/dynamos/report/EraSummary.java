package dev.dynamos.report;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Summary of a per-era score for report tables: eras with a value, mean, standard deviation (ddof
 * 0), Sharpe (mean / std) and maximum drawdown on the additive scale, a positive number: with
 * {@code c_k} the running sum, {@code max_k(max_{j<=k} c_j - c_k)}.
 */
final class EraSummary {

    private EraSummary() {}

    /** Returns the summary metrics of the non-NaN values, in table order. */
    static Map<String, Double> of(double[] perEra) {
        int n = 0;
        double sum = 0;
        for (double v : perEra) {
            if (!Double.isNaN(v)) {
                n++;
                sum += v;
            }
        }
        double mean = n > 0 ? sum / n : Double.NaN;
        double squares = 0;
        double running = 0;
        double peak = Double.NEGATIVE_INFINITY;
        double drawdown = 0;
        for (double v : perEra) {
            if (!Double.isNaN(v)) {
                squares += (v - mean) * (v - mean);
                running += v;
                peak = Math.max(peak, running);
                drawdown = Math.max(drawdown, peak - running);
            }
        }
        double std = n > 0 ? Math.sqrt(squares / n) : Double.NaN;
        Map<String, Double> summary = new LinkedHashMap<>();
        summary.put("eras", (double) n);
        summary.put("mean", mean);
        summary.put("std", std);
        summary.put("sharpe", std > 0 ? mean / std : Double.NaN);
        summary.put("max drawdown", n > 0 ? drawdown : Double.NaN);
        return summary;
    }
}
