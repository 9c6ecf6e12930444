package dev.dynamos.scoring;

import java.util.Arrays;

/**
 * Numerai's CORR over one era (numerai-tools' {@code numerai_corr}) on arrays aligned row by row.
 * For many calls over the eras of one target column, {@link CorrScorer} gives the same numbers
 * without re-transforming the target.
 */
public final class NumeraiCorr {

    private NumeraiCorr() {}

    /**
     * The rows kept by a top/bottom split, each list ascending by row.
     *
     * @param top rows of the {@code k} highest values
     * @param bottom rows of the {@code k} lowest values
     */
    public record TopBottom(int[] top, int[] bottom) {}

    /**
     * Returns Numerai's CORR with numerai-tools' defaults ({@link CorrOptions#DEFAULT}).
     *
     * @param predictions predictions, NaN allowed (the row drops out); not modified
     * @param targets targets of the same rows, NaN allowed; not modified
     * @return the correlation in [-1, 1]; NaN when predictions or targets are constant
     * @see #numeraiCorr(double[], double[], CorrOptions)
     */
    public static double numeraiCorr(double[] predictions, double[] targets) {
        return numeraiCorr(predictions, targets, CorrOptions.DEFAULT);
    }

    /**
     * Returns Numerai's CORR of predictions with targets.
     *
     * <ol>
     *   <li>Centre the targets on the mean of every non-NaN target (before matching rows).
     *   <li>Keep rows where both sides are non-NaN; fail when either side loses more than {@code
     *       maxFilteredRatio} of its rows.
     *   <li>Predictions: tie-kept rank, Gaussianise, signed 1.5 power.
     *   <li>Targets: signed 1.5 power (unless {@code targetPow15} is off).
     *   <li>With {@code topBottom = k > 0}: keep the rows of the k lowest and k highest transformed
     *       predictions (stable order).
     *   <li>Pearson correlation.
     * </ol>
     *
     * @param predictions predictions, NaN allowed; not modified
     * @param targets targets of the same rows, NaN allowed; not modified
     * @param options target power, top/bottom count and allowed row loss
     * @return the correlation in [-1, 1]; NaN when predictions or targets are constant
     * @throws dev.dynamos.common.BadInputException when too many rows are lost to NaN
     * @throws IllegalArgumentException when lengths differ or 2k exceeds the kept rows
     */
    public static double numeraiCorr(double[] predictions, double[] targets, CorrOptions options) {
        Stats.checkSameLength("predictions", predictions, "targets", targets);
        double targetMean = nanMean(targets);
        int[] rows = new int[predictions.length];
        int kept = bothPresent(predictions, targets, rows);
        IdAlignment.requireOverlap(
                kept,
                "targets",
                targets.length,
                "predictions",
                predictions.length,
                options.maxFilteredRatio());

        double[] p = Transforms.tieKeptRankGaussianizePow15(Stats.gather(predictions, rows, kept));
        double[] t = new double[kept];
        for (int i = 0; i < kept; i++) {
            double centred = targets[rows[i]] - targetMean;
            t[i] = options.targetPow15() ? Transforms.pow15(centred) : centred;
        }
        return pearsonMaybeTopBottom(t, p, options.topBottom());
    }

    /**
     * Returns the rows of the {@code k} lowest and {@code k} highest values, as numerai-tools'
     * {@code filter_sort_top_bottom}: a stable ascending sort, the first k rows are the bottom and
     * the last k the top.
     *
     * @param values values without NaN; not modified
     * @param k rows to keep at each end, with {@code 2k <= values.length}
     * @return the top and bottom rows, each ascending
     * @throws IllegalArgumentException when {@code k} is negative or {@code 2k} exceeds the rows
     */
    public static TopBottom topBottom(double[] values, int k) {
        if (k < 0 || 2L * k > values.length) {
            throw new IllegalArgumentException(
                    "top/bottom count must be in [0, n/2] for n = "
                            + values.length
                            + " rows, got "
                            + k);
        }
        int[] order = StableOrder.ascending(values);
        int[] bottom = Arrays.copyOfRange(order, 0, k);
        int[] top = Arrays.copyOfRange(order, values.length - k, values.length);
        Arrays.sort(bottom);
        Arrays.sort(top);
        return new TopBottom(top, bottom);
    }

    /** Returns Pearson over all rows, or over the top/bottom rows of {@code p} when k > 0. */
    static double pearsonMaybeTopBottom(double[] t, double[] p, int k) {
        if (k <= 0) {
            return Stats.pearson(t, p);
        }
        TopBottom split = topBottom(p, k);
        int[] rows = new int[2 * k];
        System.arraycopy(split.bottom(), 0, rows, 0, k);
        System.arraycopy(split.top(), 0, rows, k, k);
        return Stats.pearson(t, p, rows, rows.length);
    }

    /** Returns the mean of the non-NaN values (NaN when there are none). */
    static double nanMean(double[] values) {
        double sum = 0.0;
        int count = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                sum += v;
                count++;
            }
        }
        return sum / count;
    }

    private static int bothPresent(double[] a, double[] b, int[] rows) {
        int kept = 0;
        for (int i = 0; i < a.length; i++) {
            if (!Double.isNaN(a[i]) && !Double.isNaN(b[i])) {
                rows[kept++] = i;
            }
        }
        return kept;
    }
}
