package dev.dynamos.scoring;

/** numerai-tools' test fixtures (ids 0..n-1 in order) and the tolerances the tests use. */
final class Fixtures {

    /** Closed-form arithmetic: sums and products of a handful of doubles. */
    static final double EXACT = 1e-12;

    /** Anything that goes through the normal quantile, compared with SciPy's {@code norm.ppf}. */
    static final double QUANTILE = 1e-9;

    static final double[] UP = {0, 1, 2, 3, 4};
    static final double[] DOWN = {4, 3, 2, 1, 0};
    static final double[] UP_DOWN = {1, 0, 1, 0, 1};
    static final double[] DOWN_UP = {0, 1, 0, 1, 0};
    static final double[] UP_FLOAT = {0, 0.25, 0.5, 0.75, 1};
    static final double[] POS_NEG = {0, -0.0, 0.5, -0.5, 1, -1, 2, -2};

    private Fixtures() {}
}
