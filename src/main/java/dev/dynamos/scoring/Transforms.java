package dev.dynamos.scoring;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The element-wise steps of Numerai's scoring pipelines and their compositions, after
 * numerai-tools: Gaussianisation with the standard normal quantile, the signed 1.5 power, variance
 * normalisation and orthogonalisation. Pipeline names list their steps in order.
 *
 * <p>The quantile is commons-math3's {@link NormalDistribution#inverseCumulativeProbability}; it
 * agrees with SciPy's {@code norm.ppf} to 1e-13 for probabilities down to 1e-4 and to 1e-11 down to
 * 5e-7, which covers percentile ranks of up to a million values.
 */
public final class Transforms {

    private static final NormalDistribution STANDARD_NORMAL =
            new NormalDistribution(null, 0.0, 1.0);

    private Transforms() {}

    /**
     * Returns the standard normal quantile of {@code p}.
     *
     * @param p a probability in [0, 1]; NaN gives NaN
     * @return the quantile; -infinity at 0 and +infinity at 1
     */
    public static double inverseNormal(double p) {
        if (Double.isNaN(p)) {
            return Double.NaN;
        }
        return STANDARD_NORMAL.inverseCumulativeProbability(p);
    }

    /**
     * Returns the standard normal quantile of each value, without ranking first.
     *
     * @param probabilities values in [0, 1], NaN allowed; not modified
     * @return one quantile per value
     */
    public static double[] gaussianize(double[] probabilities) {
        double[] result = new double[probabilities.length];
        for (int i = 0; i < result.length; i++) {
            result[i] = inverseNormal(probabilities[i]);
        }
        return result;
    }

    /** Returns {@code sign(x) * |x|^1.5}; zero stays zero and NaN stays NaN. */
    public static double pow15(double x) {
        double magnitude = Math.abs(x);
        return Math.copySign(magnitude * Math.sqrt(magnitude), x) + 0.0;
    }

    /**
     * Returns {@code sign(x) * |x|^1.5} of each value.
     *
     * @param values any values; not modified
     * @return the powered values
     */
    public static double[] pow15(double[] values) {
        double[] result = new double[values.length];
        for (int i = 0; i < result.length; i++) {
            result[i] = pow15(values[i]);
        }
        return result;
    }

    /**
     * Returns Gaussianised tie-kept ranks: {@code Φ⁻¹((rank - 0.5) / n)} with ties averaged.
     *
     * @param values any values, NaN allowed (stays NaN); not modified
     * @return values with mean about 0 and standard deviation about 1
     */
    public static double[] tieKeptRankGaussianize(double[] values) {
        return gaussianize(Ranks.tieKeptRank(values));
    }

    /**
     * Returns numerai-tools' {@code tie_kept_rank__gaussianize__pow_1_5}.
     *
     * <ol>
     *   <li>Tie-kept percentile rank over the non-NaN values.
     *   <li>Standard normal quantile.
     *   <li>Signed 1.5 power.
     * </ol>
     *
     * @param values any values, NaN allowed (stays NaN); not modified
     * @return the transformed values
     */
    public static double[] tieKeptRankGaussianizePow15(double[] values) {
        return pow15(tieKeptRankGaussianize(values));
    }

    /**
     * Returns the values divided by their standard deviation (ddof 0), as numerai-tools' {@code
     * variance_normalize}.
     *
     * @param values values without NaN; not modified
     * @return the scaled values; NaN everywhere when the standard deviation is zero
     */
    public static double[] varianceNormalize(double[] values) {
        double std = Stats.std(values);
        double[] result = new double[values.length];
        for (int i = 0; i < result.length; i++) {
            result[i] = values[i] / std;
        }
        return result;
    }

    /**
     * Returns {@code v} minus its projection on {@code u}: {@code v - u (v·u) / (u·u)}, as
     * numerai-tools' {@code orthogonalize}.
     *
     * @param v the vector to orthogonalise; not modified
     * @param u the direction to remove, same length, not all zero
     * @return the part of {@code v} orthogonal to {@code u}
     */
    public static double[] orthogonalize(double[] v, double[] u) {
        Stats.checkSameLength("v", v, "u", u);
        double scale = Stats.dot(v, u) / Stats.dot(u, u);
        double[] result = new double[v.length];
        for (int i = 0; i < result.length; i++) {
            result[i] = v[i] - u[i] * scale;
        }
        return result;
    }
}
