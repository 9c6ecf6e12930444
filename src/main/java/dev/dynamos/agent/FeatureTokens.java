package dev.dynamos.agent;

/**
 * The agent's view of one era: one token (a row of descriptors) per feature, built only from what
 * is known at that era (see {@link TokenBuilder}).
 *
 * @param era the era index in the table the tokens describe
 * @param featureCount number of tokens (features)
 * @param dim descriptors per token
 * @param values row-major matrix [featureCount x dim]; owned by the record, do not modify
 */
public record FeatureTokens(int era, int featureCount, int dim, float[] values) {

    /** Compact constructor: checks the matrix size. */
    public FeatureTokens {
        if (featureCount <= 0 || dim <= 0) {
            throw new IllegalArgumentException(
                    "featureCount and dim must be > 0, got " + featureCount + " and " + dim);
        }
        if (values.length != (long) featureCount * dim) {
            throw new IllegalArgumentException(
                    "values has length "
                            + values.length
                            + ", expected featureCount * dim = "
                            + (long) featureCount * dim);
        }
    }

    /** Returns descriptor {@code d} of feature {@code f}'s token. */
    public float get(int f, int d) {
        return values[f * dim + d];
    }
}
