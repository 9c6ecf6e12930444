package dev.dynamos.experiment;

import dev.dynamos.heads.BoosterParams;
import dev.dynamos.heads.Device;
import java.util.Map;
import java.util.Objects;

/**
 * Booster hyperparameters as written under {@code head.params} in a run config; seed, threads and
 * device come from the config's top level. Values are checked by {@link BoosterParams}.
 *
 * @param numTrees boosting rounds
 * @param learningRate shrinkage per tree
 * @param maxDepth maximum tree depth
 * @param numLeaves maximum leaves per tree
 * @param colsampleByTree fraction of features per tree
 * @param minDataInLeaf minimum rows per leaf
 * @param subsample fraction of rows per tree
 * @param earlyStoppingRounds patience when early-stopping eras are used
 * @param extra further library parameters, passed verbatim
 */
public record TreeParams(
        int numTrees,
        double learningRate,
        int maxDepth,
        int numLeaves,
        double colsampleByTree,
        int minDataInLeaf,
        double subsample,
        int earlyStoppingRounds,
        Map<String, String> extra) {

    /** Compact constructor: checks every value by building booster parameters once. */
    public TreeParams {
        extra = Map.copyOf(Objects.requireNonNull(extra, "head.params.extra"));
        toBoosterParams(
                numTrees,
                learningRate,
                maxDepth,
                numLeaves,
                colsampleByTree,
                minDataInLeaf,
                subsample,
                earlyStoppingRounds,
                extra,
                1,
                0,
                Device.CPU);
    }

    /**
     * Returns the booster parameters for a run.
     *
     * @param threads native threads
     * @param seed library seed
     * @param device device, possibly auto
     * @return the parameters
     */
    public BoosterParams toBoosterParams(int threads, long seed, Device device) {
        return toBoosterParams(
                numTrees,
                learningRate,
                maxDepth,
                numLeaves,
                colsampleByTree,
                minDataInLeaf,
                subsample,
                earlyStoppingRounds,
                extra,
                threads,
                seed,
                device);
    }

    private static BoosterParams toBoosterParams(
            int numTrees,
            double learningRate,
            int maxDepth,
            int numLeaves,
            double colsampleByTree,
            int minDataInLeaf,
            double subsample,
            int earlyStoppingRounds,
            Map<String, String> extra,
            int threads,
            long seed,
            Device device) {
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
                device,
                extra);
    }
}
