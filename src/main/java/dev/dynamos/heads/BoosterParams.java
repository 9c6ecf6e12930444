package dev.dynamos.heads;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Hyperparameters shared by the XGBoost and LightGBM heads, with the library parameter each maps
 * to.
 *
 * @param numTrees boosting rounds (XGBoost rounds, LightGBM {@code num_iterations}), at least 1
 * @param learningRate shrinkage per tree ({@code eta}, {@code learning_rate}), in (0, 1]
 * @param maxDepth maximum tree depth ({@code max_depth}), at least 1
 * @param numLeaves maximum leaves per tree ({@code max_leaves}, {@code num_leaves}), at least 2
 * @param colsampleByTree fraction of features drawn per tree ({@code colsample_bytree}, {@code
 *     feature_fraction}), in (0, 1]
 * @param minDataInLeaf minimum rows per leaf ({@code min_child_weight} under squared error, where
 *     each row has hessian 1; {@code min_data_in_leaf}), at least 1
 * @param subsample fraction of rows drawn per tree ({@code subsample}, {@code bagging_fraction}
 *     with {@code bagging_freq=1} when below 1), in (0, 1]
 * @param earlyStoppingRounds rounds without improvement of the held-out RMSE before stopping, at
 *     least 1; used only when early-stopping eras are given
 * @param threads native threads, at least 1; fixed so that runs repeat exactly
 * @param seed seed of the library's random generator
 * @param device where to train; {@link Device#AUTO} is resolved by {@link Heads#create}
 * @param extra further library parameters passed through verbatim (name to value)
 */
public record BoosterParams(
        int numTrees,
        double learningRate,
        int maxDepth,
        int numLeaves,
        double colsampleByTree,
        int minDataInLeaf,
        double subsample,
        int earlyStoppingRounds,
        int threads,
        long seed,
        Device device,
        Map<String, String> extra) {

    /** Numerai's standard LightGBM baseline: 2000 trees. */
    public static final int DEFAULT_NUM_TREES = 2000;

    /** Numerai's standard LightGBM baseline: learning rate 0.01. */
    public static final double DEFAULT_LEARNING_RATE = 0.01;

    /** Numerai's standard LightGBM baseline: max depth 5. */
    public static final int DEFAULT_MAX_DEPTH = 5;

    /** Numerai's standard LightGBM baseline: 31 leaves (2^5 - 1). */
    public static final int DEFAULT_NUM_LEAVES = 31;

    /** Numerai's standard LightGBM baseline: colsample_bytree 0.1. */
    public static final double DEFAULT_COLSAMPLE_BY_TREE = 0.1;

    /** LightGBM's own default for {@code min_data_in_leaf}. */
    public static final int DEFAULT_MIN_DATA_IN_LEAF = 20;

    /** Both libraries' default: every row in every tree. */
    public static final double DEFAULT_SUBSAMPLE = 1.0;

    /** A tenth of the standard 2000 trees, so a plateau of 200 rounds stops training. */
    public static final int DEFAULT_EARLY_STOPPING_ROUNDS = 200;

    /** The project's reference machine has 2 cores. */
    public static final int DEFAULT_THREADS = 2;

    /** The project's default seed for every generator. */
    public static final long DEFAULT_SEED = 42;

    /** Compact constructor: rejects out-of-range fields by name and value, copies {@code extra}. */
    public BoosterParams {
        atLeast("numTrees", numTrees, 1);
        inUnitInterval("learningRate", learningRate);
        atLeast("maxDepth", maxDepth, 1);
        atLeast("numLeaves", numLeaves, 2);
        inUnitInterval("colsampleByTree", colsampleByTree);
        atLeast("minDataInLeaf", minDataInLeaf, 1);
        inUnitInterval("subsample", subsample);
        atLeast("earlyStoppingRounds", earlyStoppingRounds, 1);
        atLeast("threads", threads, 1);
        Objects.requireNonNull(device, "device");
        extra = Map.copyOf(new TreeMap<>(Objects.requireNonNull(extra, "extra")));
    }

    /** Returns Numerai's standard parameters on the CPU with the default threads and seed. */
    public static BoosterParams defaults() {
        return new BoosterParams(
                DEFAULT_NUM_TREES,
                DEFAULT_LEARNING_RATE,
                DEFAULT_MAX_DEPTH,
                DEFAULT_NUM_LEAVES,
                DEFAULT_COLSAMPLE_BY_TREE,
                DEFAULT_MIN_DATA_IN_LEAF,
                DEFAULT_SUBSAMPLE,
                DEFAULT_EARLY_STOPPING_ROUNDS,
                DEFAULT_THREADS,
                DEFAULT_SEED,
                Device.CPU,
                Map.of());
    }

    /** Returns a copy with another number of trees. */
    public BoosterParams withNumTrees(int trees) {
        return new BoosterParams(
                trees,
                learningRate,
                maxDepth,
                numLeaves,
                colsampleByTree,
                minDataInLeaf,
                subsample,
                earlyStoppingRounds,
                threads,
                seed,
                device,
                extra);
    }

    /** Returns a copy that trains on another device. */
    public BoosterParams withDevice(Device other) {
        return new BoosterParams(
                numTrees,
                learningRate,
                maxDepth,
                numLeaves,
                colsampleByTree,
                minDataInLeaf,
                subsample,
                earlyStoppingRounds,
                threads,
                seed,
                other,
                extra);
    }

    private static void atLeast(String name, long value, long minimum) {
        if (value < minimum) {
            throw new IllegalArgumentException(
                    name + " must be at least " + minimum + ", got " + value);
        }
    }

    private static void inUnitInterval(String name, double value) {
        if (!(value > 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be in (0, 1], got " + value);
        }
    }
}
