package dev.dynamos.experiment;

/**
 * Booster settings of the synthetic-data check.
 *
 * @param numTrees boosting rounds, at least 1
 * @param maxDepth tree depth, at least 1
 * @param learningRate shrinkage, in (0, 1]
 * @param colsampleByTree share of features each tree may use, in (0, 1]
 * @param threads booster threads, at least 1
 */
public record SynthCheckOptions(
        int numTrees, int maxDepth, double learningRate, double colsampleByTree, int threads) {

    /** Default rounds: a small static booster of the size Numerai's examples start from. */
    public static final int DEFAULT_NUM_TREES = 250;

    /** Default depth: Numerai's example models use depth 5. */
    public static final int DEFAULT_MAX_DEPTH = 5;

    /** Default learning rate. */
    public static final double DEFAULT_LEARNING_RATE = 0.03;

    /** Default column sampling per tree. */
    public static final double DEFAULT_COLSAMPLE_BY_TREE = 0.5;

    /** Default threads: the build machines have two cores. */
    public static final int DEFAULT_THREADS = 2;

    /** Compact constructor: rejects out-of-range fields by name and value. */
    public SynthCheckOptions {
        if (numTrees < 1 || maxDepth < 1 || threads < 1) {
            throw new IllegalArgumentException(
                    "numTrees, maxDepth and threads must be >= 1, got "
                            + numTrees
                            + ", "
                            + maxDepth
                            + ", "
                            + threads);
        }
        if (!(learningRate > 0 && learningRate <= 1)) {
            throw new IllegalArgumentException(
                    "learningRate must be in (0, 1], got " + learningRate);
        }
        if (!(colsampleByTree > 0 && colsampleByTree <= 1)) {
            throw new IllegalArgumentException(
                    "colsampleByTree must be in (0, 1], got " + colsampleByTree);
        }
    }

    /** Returns the default settings. */
    public static SynthCheckOptions defaults() {
        return new SynthCheckOptions(
                DEFAULT_NUM_TREES,
                DEFAULT_MAX_DEPTH,
                DEFAULT_LEARNING_RATE,
                DEFAULT_COLSAMPLE_BY_TREE,
                DEFAULT_THREADS);
    }
}
