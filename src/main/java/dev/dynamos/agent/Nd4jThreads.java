package dev.dynamos.agent;

import org.nd4j.linalg.factory.Nd4j;

/**
 * Keeps ND4J's thread pools small. The policy's matrices are tiny (about 100 x 32), so threads only
 * add synchronisation, and on a shared 2-core machine spinning OpenMP threads slow every op
 * several-fold. Setting {@code OMP_NUM_THREADS=1} in the environment before the JVM starts also
 * limits the BLAS pool, which cannot be changed from Java after ND4J has loaded.
 */
public final class Nd4jThreads {

    /** Threads for ND4J ops when nothing else is configured. */
    public static final int DEFAULT_THREADS = 1;

    private Nd4jThreads() {}

    /**
     * Limits ND4J's op and master threads.
     *
     * @param threads threads per op, >= 1
     */
    public static void limit(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        Nd4j.getEnvironment().setMaxThreads(threads);
        Nd4j.getEnvironment().setMaxMasterThreads(threads);
    }
}
