package dev.dynamos.submission;

import dev.dynamos.data.EraTable;
import java.util.Objects;

/**
 * Ranks predictions within each era into the open interval (0, 1), with ties broken by row order,
 * so that every era of a submission is uniform on (0, 1) as Numerai recommends.
 *
 * <p>Steps, per era of {@code n} rows:
 *
 * <ol>
 *   <li>order the era's rows by prediction, keeping row order among equal predictions;
 *   <li>give the row at position {@code k} (0-based) the rank {@code k + 1} ("rank first");
 *   <li>map the rank to {@code (rank - 0.5) / n}.
 * </ol>
 */
public final class SubmissionRanker {

    private SubmissionRanker() {}

    /**
     * Returns the predictions ranked per era of a table whose rows they follow.
     *
     * @param predictions one prediction per row of {@code table}, no NaN
     * @param table the rows the predictions belong to; its eras give the groups
     * @return a new array of values in (0, 1), one per row
     * @throws IllegalArgumentException when the lengths differ or a prediction is NaN
     */
    public static double[] rankPerEra(double[] predictions, EraTable table) {
        Objects.requireNonNull(table, "table");
        int[] bounds = new int[table.eraCount() + 1];
        for (int e = 0; e < table.eraCount(); e++) {
            bounds[e] = table.eraStart(e);
        }
        bounds[table.eraCount()] = table.rows();
        return rankPerEra(predictions, bounds);
    }

    /**
     * Returns the predictions ranked per era, with eras given by their row bounds.
     *
     * @param predictions predictions of rows sorted by era, no NaN
     * @param eraBounds era {@code e} occupies rows {@code eraBounds[e]} (inclusive) to {@code
     *     eraBounds[e + 1]} (exclusive); first 0, last {@code predictions.length}, non-decreasing
     * @return a new array of values in (0, 1), one per row
     * @throws IllegalArgumentException when the bounds do not cover the rows or a value is NaN
     */
    public static double[] rankPerEra(double[] predictions, int[] eraBounds) {
        checkBounds(eraBounds, predictions.length);
        checkNoNaN(predictions);

        double[] ranked = new double[predictions.length];
        for (int e = 0; e + 1 < eraBounds.length; e++) {
            rankRange(predictions, eraBounds[e], eraBounds[e + 1], ranked);
        }
        return ranked;
    }

    /**
     * Returns the predictions ranked as one era.
     *
     * @param predictions predictions, no NaN
     * @return a new array of values in (0, 1)
     */
    public static double[] rank(double[] predictions) {
        return rankPerEra(predictions, new int[] {0, predictions.length});
    }

    private static void rankRange(double[] values, int from, int to, double[] out) {
        int n = to - from;
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = from + i;
        }
        StableIndexSort.sortByValue(order, values);
        for (int k = 0; k < n; k++) {
            out[order[k]] = (k + 0.5) / n;
        }
    }

    private static void checkBounds(int[] eraBounds, int rows) {
        if (eraBounds.length == 0 || eraBounds[0] != 0 || eraBounds[eraBounds.length - 1] != rows) {
            throw new IllegalArgumentException(
                    "eraBounds must start at 0 and end at the row count " + rows);
        }
        for (int e = 1; e < eraBounds.length; e++) {
            if (eraBounds[e] < eraBounds[e - 1]) {
                throw new IllegalArgumentException(
                        "eraBounds must not decrease; bound " + e + " is " + eraBounds[e]);
            }
        }
    }

    private static void checkNoNaN(double[] predictions) {
        for (int r = 0; r < predictions.length; r++) {
            if (Double.isNaN(predictions[r])) {
                throw new IllegalArgumentException(
                        "prediction at row " + r + " is NaN; a submission needs every value");
            }
        }
    }
}
