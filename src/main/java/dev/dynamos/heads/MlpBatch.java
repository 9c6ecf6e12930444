package dev.dynamos.heads;

import java.util.Arrays;
import java.util.Objects;

/**
 * One gradient step's rows for an {@link MlpHead}: scaled inputs, the target, per-row loss weights
 * and an optional replay term.
 *
 * <p>The loss of a batch is {@code sum_r rowWeight[r] (p_r - target[r])^2 + sum_r replayWeight[r]
 * (p_r - replayTarget[r])^2}. The replay term is how joint training adds a second objective, for
 * example Dynamos' replay of stored predictions; with zero replay weights it vanishes.
 *
 * @param inputs row-major scaled inputs ({@link MlpHead#scaledInputs}), rows times columns
 * @param target target of each row, finite
 * @param rowWeight weight of each row's squared error, at least 0
 * @param replayTarget stored prediction of each row (any finite value where unused)
 * @param replayWeight weight of each row's replay error, at least 0
 */
public record MlpBatch(
        float[] inputs,
        float[] target,
        float[] rowWeight,
        float[] replayTarget,
        float[] replayWeight) {

    /** Compact constructor: checks that every per-row array has one entry per row. */
    public MlpBatch {
        Objects.requireNonNull(inputs, "inputs");
        int rows = target.length;
        if (rows == 0 || inputs.length % rows != 0) {
            throw new IllegalArgumentException(
                    "inputs has " + inputs.length + " values, not a multiple of rows " + rows);
        }
        checkRows("rowWeight", rowWeight.length, rows);
        checkRows("replayTarget", replayTarget.length, rows);
        checkRows("replayWeight", replayWeight.length, rows);
        for (int r = 0; r < rows; r++) {
            if (!Float.isFinite(target[r])) {
                throw new IllegalArgumentException("target[" + r + "] is " + target[r]);
            }
        }
    }

    /**
     * Returns a batch whose loss is the mean squared error of the target.
     *
     * @param inputs row-major scaled inputs
     * @param target target of each row, finite
     * @return the batch with weights 1/rows and no replay term
     */
    public static MlpBatch of(float[] inputs, float[] target) {
        int rows = target.length;
        float[] weight = new float[rows];
        Arrays.fill(weight, 1f / rows);
        return new MlpBatch(inputs, target, weight, new float[rows], new float[rows]);
    }

    /**
     * Returns a copy that adds {@code weight} times the mean squared distance to stored
     * predictions.
     *
     * @param storedPredictions one stored prediction per row
     * @param weight weight of the replay term, at least 0
     * @return the batch with the replay term
     */
    public MlpBatch withReplay(float[] storedPredictions, double weight) {
        if (weight < 0) {
            throw new IllegalArgumentException("replay weight must be >= 0, got " + weight);
        }
        float[] replayWeights = new float[rows()];
        Arrays.fill(replayWeights, (float) (weight / rows()));
        return new MlpBatch(inputs, target, rowWeight, storedPredictions, replayWeights);
    }

    /** Returns the number of rows. */
    public int rows() {
        return target.length;
    }

    private static void checkRows(String name, int length, int rows) {
        if (length != rows) {
            throw new IllegalArgumentException(
                    name + " has " + length + " entries, expected one per row: " + rows);
        }
    }
}
