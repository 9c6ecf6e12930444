package dev.dynamos.scoring;

import dev.dynamos.data.EraTable;
import java.util.Arrays;
import java.util.Objects;

/**
 * Numerai's CORR for one era at a time over a fixed target column, for callers that score many
 * predictions on the same eras (the agent's reward, early stopping, per-era reports).
 *
 * <p>Gives the numbers of {@link NumeraiCorr#numeraiCorr(double[], double[], CorrOptions)} applied
 * to one era's rows, but the centred and powered target of every era is computed once, buffers are
 * allocated once, and the Gaussianised and powered percentile ranks are read from a table per row
 * count instead of evaluating the normal quantile for every row. A call allocates nothing (except
 * on the top/bottom variant, and the first time a row count is seen).
 *
 * <p>Not thread-safe: use one scorer per thread.
 */
public final class CorrScorer {

    private final int[] eraStart;
    private final CorrOptions options;
    private final double[] targetTransformed;
    private final double[] predictionBuffer;
    private final double[] sortedBuffer;
    private final double[] transformedPredictions;
    private final double[] transformedTargets;
    private final int[] keptRows;
    private final long[] keys;
    private final double[][] rankTables;

    /**
     * Creates a scorer with numerai-tools' default options.
     *
     * @see #CorrScorer(float[], int[], CorrOptions)
     */
    public CorrScorer(float[] targets, int[] eraStart) {
        this(targets, eraStart, CorrOptions.DEFAULT);
    }

    /**
     * Creates a scorer over the eras of one target column.
     *
     * @param targets the target of every row, NaN where unknown; copied, not kept
     * @param eraStart first row of each era plus one final entry equal to the row count, so era
     *     {@code e} is rows {@code eraStart[e]} (inclusive) to {@code eraStart[e + 1]}
     * @param options target power, top/bottom count and allowed row loss per era
     * @throws IllegalArgumentException when {@code eraStart} is not non-decreasing from 0 to the
     *     row count
     */
    public CorrScorer(float[] targets, int[] eraStart, CorrOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.eraStart = checkedEraStart(eraStart, targets.length);
        this.targetTransformed = new double[targets.length];
        int largest = 0;
        for (int e = 0; e < eraCount(); e++) {
            transformTarget(targets, e);
            largest = Math.max(largest, eraSize(e));
        }
        this.predictionBuffer = new double[largest];
        this.sortedBuffer = new double[largest];
        this.transformedPredictions = new double[largest];
        this.transformedTargets = new double[largest];
        this.keptRows = new int[largest];
        this.keys = new long[largest];
        this.rankTables = new double[largest + 1][];
    }

    /**
     * Creates a scorer over every era of a table for the named target.
     *
     * @param table the data
     * @param target target column name
     * @param options CORR options
     * @return the scorer
     * @throws IllegalArgumentException when the target is not loaded
     */
    public static CorrScorer forTable(EraTable table, String target, CorrOptions options) {
        return new CorrScorer(table.target(target), eraStarts(table), options);
    }

    /** Returns the era boundaries of a table: first row of each era, then the row count. */
    public static int[] eraStarts(EraTable table) {
        int[] starts = new int[table.eraCount() + 1];
        for (int e = 0; e < table.eraCount(); e++) {
            starts[e] = table.eraStart(e);
        }
        starts[table.eraCount()] = table.rows();
        return starts;
    }

    /** Returns the number of eras. */
    public int eraCount() {
        return eraStart.length - 1;
    }

    /** Returns the number of rows of era {@code era}. */
    public int eraSize(int era) {
        return eraStart[era + 1] - eraStart[era];
    }

    /**
     * Returns Numerai's CORR of one era's predictions.
     *
     * @param era era index, in [0, eraCount)
     * @param eraPredictions one prediction per row of the era, in row order, NaN allowed
     * @return the correlation in [-1, 1]; NaN when predictions or targets are constant
     * @throws dev.dynamos.common.BadInputException when NaN removes too many of the era's rows
     */
    public double corr(int era, float[] eraPredictions) {
        checkEraLength(era, eraPredictions.length);
        return corr(era, eraPredictions, 0);
    }

    /**
     * Returns Numerai's CORR of one era, reading its predictions from a longer array.
     *
     * @param era era index
     * @param predictions predictions where {@code predictions[offset + i]} is row {@code
     *     eraStart[era] + i}
     * @param offset where the era's predictions start
     * @return the correlation
     */
    public double corr(int era, float[] predictions, int offset) {
        int size = eraSize(era);
        Objects.checkFromIndexSize(offset, size, predictions.length);
        int start = eraStart[era];
        int kept = 0;
        for (int i = 0; i < size; i++) {
            float p = predictions[offset + i];
            if (!Float.isNaN(p) && !Double.isNaN(targetTransformed[start + i])) {
                // One long per row sorts value and row together: a float's bits, made to order
                // like the float, above the row index.
                keys[kept++] = ((long) sortableBits(p) << 32) | i;
            }
        }
        IdAlignment.requireOverlap(
                kept, "targets", size, "predictions", size, options.maxFilteredRatio());

        Arrays.sort(keys, 0, kept);
        double[] table = rankTable(kept);
        int groupStart = 0;
        while (groupStart < kept) {
            int groupEnd = groupStart + 1;
            while (groupEnd < kept && (keys[groupEnd] >>> 32) == (keys[groupStart] >>> 32)) {
                groupEnd++;
            }
            // Rows groupStart..groupEnd-1 tie: lo = groupStart, hi = groupEnd.
            double transformed = table[groupStart + groupEnd];
            for (int k = groupStart; k < groupEnd; k++) {
                int row = (int) keys[k];
                transformedPredictions[k] = transformed;
                transformedTargets[k] = targetTransformed[start + row];
            }
            groupStart = groupEnd;
        }
        return pearsonOfTransformed(kept);
    }

    /** Returns an int that orders like the float; zero and negative zero map to the same. */
    private static int sortableBits(float value) {
        int bits = Float.floatToIntBits(value + 0.0f);
        return bits ^ ((bits >> 31) & 0x7fffffff);
    }

    /**
     * Returns Numerai's CORR of one era's predictions given as doubles.
     *
     * @param era era index
     * @param eraPredictions one prediction per row of the era, NaN allowed
     * @return the correlation
     */
    public double corr(int era, double[] eraPredictions) {
        checkEraLength(era, eraPredictions.length);
        System.arraycopy(eraPredictions, 0, predictionBuffer, 0, eraPredictions.length);
        return corrOfBuffer(era);
    }

    /**
     * Returns Numerai's CORR of every era.
     *
     * @param predictions one prediction per row of all eras, in row order
     * @return one correlation per era
     */
    public double[] corrByEra(float[] predictions) {
        checkRows(predictions.length);
        double[] result = new double[eraCount()];
        for (int e = 0; e < result.length; e++) {
            result[e] = corr(e, predictions, eraStart[e]);
        }
        return result;
    }

    /**
     * Returns Numerai's CORR of every era for predictions given as doubles.
     *
     * @param predictions one prediction per row of all eras
     * @return one correlation per era
     */
    public double[] corrByEra(double[] predictions) {
        checkRows(predictions.length);
        double[] result = new double[eraCount()];
        for (int e = 0; e < result.length; e++) {
            int size = eraSize(e);
            System.arraycopy(predictions, eraStart[e], predictionBuffer, 0, size);
            result[e] = corrOfBuffer(e);
        }
        return result;
    }

    private double corrOfBuffer(int era) {
        int size = eraSize(era);
        int start = eraStart[era];
        int kept = 0;
        for (int i = 0; i < size; i++) {
            double p = predictionBuffer[i];
            if (!Double.isNaN(p) && !Double.isNaN(targetTransformed[start + i])) {
                keptRows[kept] = i;
                sortedBuffer[kept++] = p + 0.0;
            }
        }
        IdAlignment.requireOverlap(
                kept, "targets", size, "predictions", size, options.maxFilteredRatio());

        Arrays.sort(sortedBuffer, 0, kept);
        double[] table = rankTable(kept);
        for (int i = 0; i < kept; i++) {
            int row = keptRows[i];
            double v = predictionBuffer[row] + 0.0;
            int lo = Ranks.lowerBound(sortedBuffer, kept, v);
            int hi = Ranks.upperBound(sortedBuffer, lo, kept, v);
            transformedPredictions[i] = table[lo + hi];
            transformedTargets[i] = targetTransformed[start + row];
        }
        return pearsonOfTransformed(kept);
    }

    private double pearsonOfTransformed(int kept) {
        if (options.topBottom() > 0) {
            return NumeraiCorr.pearsonMaybeTopBottom(
                    Arrays.copyOf(transformedTargets, kept),
                    Arrays.copyOf(transformedPredictions, kept),
                    options.topBottom());
        }
        return Stats.pearson(transformedTargets, transformedPredictions, kept);
    }

    /**
     * Returns {@code pow15(Φ⁻¹(j / 2n))} for {@code j = 0..2n}: the transformed tie-kept rank of a
     * value with {@code lo} smaller and {@code hi - lo} equal values is entry {@code lo + hi}.
     */
    private double[] rankTable(int n) {
        double[] table = rankTables[n];
        if (table == null) {
            table = new double[2 * n + 1];
            for (int j = 0; j <= 2 * n; j++) {
                table[j] = Transforms.pow15(Transforms.inverseNormal((double) j / (2.0 * n)));
            }
            rankTables[n] = table;
        }
        return table;
    }

    private void transformTarget(float[] targets, int era) {
        int start = eraStart[era];
        int end = eraStart[era + 1];
        double sum = 0.0;
        int count = 0;
        for (int r = start; r < end; r++) {
            if (!Float.isNaN(targets[r])) {
                sum += targets[r];
                count++;
            }
        }
        // numerai-tools centres on the mean of the whole target vector, before rows are matched.
        double mean = sum / count;
        for (int r = start; r < end; r++) {
            double centred = targets[r] - mean;
            targetTransformed[r] = options.targetPow15() ? Transforms.pow15(centred) : centred;
        }
    }

    private void checkEraLength(int era, int length) {
        if (length != eraSize(era)) {
            throw new IllegalArgumentException(
                    "era "
                            + era
                            + " has "
                            + eraSize(era)
                            + " rows, got "
                            + length
                            + " predictions");
        }
    }

    private void checkRows(int length) {
        int rows = eraStart[eraStart.length - 1];
        if (length != rows) {
            throw new IllegalArgumentException(
                    "expected one prediction per row (" + rows + "), got " + length);
        }
    }

    private static int[] checkedEraStart(int[] eraStart, int rows) {
        if (eraStart.length < 1 || eraStart[0] != 0 || eraStart[eraStart.length - 1] != rows) {
            throw new IllegalArgumentException(
                    "eraStart must run from 0 to the row count "
                            + rows
                            + ", got "
                            + Arrays.toString(Arrays.copyOf(eraStart, Math.min(eraStart.length, 5)))
                            + "...");
        }
        for (int e = 1; e < eraStart.length; e++) {
            if (eraStart[e] < eraStart[e - 1]) {
                throw new IllegalArgumentException(
                        "eraStart must be non-decreasing, got "
                                + eraStart[e]
                                + " after "
                                + eraStart[e - 1]);
            }
        }
        return eraStart.clone();
    }
}
