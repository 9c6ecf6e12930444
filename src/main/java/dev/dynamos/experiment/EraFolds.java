package dev.dynamos.experiment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits whole eras into cross-validation folds with an embargo, never splitting rows at random.
 *
 * <p>Eras are given as era indices with their era numbers; blocks are runs of consecutive given
 * eras. A training era {@code t} is kept for a fold only when {@code |t - v| > embargo} (in era
 * numbers) for every validation era {@code v}, so no training target overlaps a validation era.
 */
public final class EraFolds {

    /** Embargo for 20-day targets: they look 4 eras ahead (Numerai's example notebooks). */
    public static final int DEFAULT_EMBARGO_20_DAY = 4;

    /** Embargo for 60-day targets: Numerai's own expanding-window cross-validation uses 13. */
    public static final int DEFAULT_EMBARGO_60_DAY = 13;

    private EraFolds() {}

    /**
     * Returns the default embargo for a target: 13 eras for names ending in {@code _60}, else 4.
     *
     * @param target target column name
     * @return embargo in eras
     */
    public static int defaultEmbargo(String target) {
        return target.endsWith("_60") ? DEFAULT_EMBARGO_60_DAY : DEFAULT_EMBARGO_20_DAY;
    }

    /**
     * Keeps every k-th era by position, starting with the first (Numerai's {@code eras[::k]}).
     *
     * @param eraIndices eras in ascending order
     * @param k keep one era in k, at least 1
     * @return the kept eras
     */
    public static int[] everyKthEra(int[] eraIndices, int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, got " + k);
        }
        int[] kept = new int[(eraIndices.length + k - 1) / k];
        for (int i = 0; i < kept.length; i++) {
            kept[i] = eraIndices[i * k];
        }
        return kept;
    }

    /**
     * Splits eras into folds.
     *
     * @param eraIndices era indices in ascending order
     * @param eraNumbers the era number of each entry of {@code eraIndices}, ascending
     * @param scheme expanding or blocked
     * @param folds number of folds, at least 2
     * @param embargo eras left out between training and validation, at least 0
     * @return the folds in order; their validation eras are disjoint and cover the validated blocks
     * @throws IllegalArgumentException when there are too few eras for the folds and embargo
     */
    public static List<Fold> split(
            int[] eraIndices, int[] eraNumbers, CvScheme scheme, int folds, int embargo) {
        checkArguments(eraIndices, eraNumbers, folds, embargo);
        int blocks = scheme == CvScheme.EXPANDING ? folds + 1 : folds;
        if (eraIndices.length < blocks) {
            throw new IllegalArgumentException(
                    eraIndices.length + " eras are too few for " + blocks + " blocks");
        }
        List<Fold> result = new ArrayList<>(folds);
        for (int f = 0; f < folds; f++) {
            int block = scheme == CvScheme.EXPANDING ? f + 1 : f;
            int from = blockStart(block, blocks, eraIndices.length);
            int to = blockStart(block + 1, blocks, eraIndices.length);
            int trainLimit = scheme == CvScheme.EXPANDING ? from : eraIndices.length;
            result.add(fold(f, eraIndices, eraNumbers, from, to, trainLimit, embargo));
        }
        return List.copyOf(result);
    }

    private static Fold fold(
            int index,
            int[] eraIndices,
            int[] eraNumbers,
            int from,
            int to,
            int trainLimit,
            int embargo) {
        int firstValidation = eraNumbers[from];
        int lastValidation = eraNumbers[to - 1];
        int[] train = new int[trainLimit];
        int count = 0;
        for (int i = 0; i < trainLimit; i++) {
            boolean inValidation = i >= from && i < to;
            boolean before = eraNumbers[i] < firstValidation - embargo;
            boolean after = eraNumbers[i] > lastValidation + embargo;
            if (!inValidation && (before || after)) {
                train[count++] = eraIndices[i];
            }
        }
        return new Fold(
                index, Arrays.copyOf(train, count), Arrays.copyOfRange(eraIndices, from, to));
    }

    private static int blockStart(int block, int blocks, int eras) {
        return (int) ((long) block * eras / blocks);
    }

    private static void checkArguments(int[] eraIndices, int[] eraNumbers, int folds, int embargo) {
        if (eraIndices.length != eraNumbers.length) {
            throw new IllegalArgumentException(
                    "eraNumbers has "
                            + eraNumbers.length
                            + " entries, expected one per era index: "
                            + eraIndices.length);
        }
        if (folds < 2) {
            throw new IllegalArgumentException("folds must be at least 2, got " + folds);
        }
        if (embargo < 0) {
            throw new IllegalArgumentException("embargo must be at least 0, got " + embargo);
        }
        for (int i = 1; i < eraNumbers.length; i++) {
            if (eraNumbers[i] <= eraNumbers[i - 1] || eraIndices[i] <= eraIndices[i - 1]) {
                throw new IllegalArgumentException("eras must be ascending at position " + i);
            }
        }
    }
}
