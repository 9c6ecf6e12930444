package dev.dynamos.data.prices;

import dev.dynamos.data.DataType;
import dev.dynamos.data.EraTable;
import java.util.Arrays;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;

/**
 * A quick sanity check of built data: the per-era Spearman correlation of one feature with a
 * target. On real prices a classic factor such as short-term reversal should show a small but
 * non-zero mean; a mean near 1 would mean the target leaked into the feature.
 */
public final class SignalCheck {

    private SignalCheck() {}

    /**
     * Returns the Spearman correlation of a feature with a target in each era of one data type,
     * skipping eras with fewer than three rows with a target or a constant feature.
     *
     * @param table the era table
     * @param feature a feature column name
     * @param target a target column name
     * @param type the data type whose eras are used (train or validation)
     * @return one correlation per era used, in era order
     */
    public static double[] perEraSpearman(
            EraTable table, String feature, String target, DataType type) {
        byte[] column = table.column(table.featureIndex(feature).orElseThrow());
        float[] values = table.target(target);
        double[] correlations = new double[table.eraCount()];
        int used = 0;
        for (int e = 0; e < table.eraCount(); e++) {
            if (table.dataType(table.eraStart(e)) != type) {
                continue;
            }
            double[][] pairs = presentPairs(table, e, column, values);
            double corr =
                    pairs[0].length < 3
                            ? Double.NaN
                            : new SpearmansCorrelation().correlation(pairs[0], pairs[1]);
            // A constant column (every value missing, stored as 2) has no correlation.
            if (!Double.isNaN(corr)) {
                correlations[used++] = corr;
            }
        }
        return Arrays.copyOf(correlations, used);
    }

    private static double[][] presentPairs(EraTable table, int e, byte[] column, float[] target) {
        double[] x = new double[table.eraSize(e)];
        double[] y = new double[table.eraSize(e)];
        int n = 0;
        for (int r = table.eraStart(e); r < table.eraEnd(e); r++) {
            if (!Float.isNaN(target[r])) {
                x[n] = column[r];
                y[n] = target[r];
                n++;
            }
        }
        return new double[][] {Arrays.copyOf(x, n), Arrays.copyOf(y, n)};
    }
}
