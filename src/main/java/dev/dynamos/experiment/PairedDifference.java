package dev.dynamos.experiment;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * The paired per-era difference of a model's scores to a reference model's scores over the same
 * eras, with its standard error and t statistic.
 *
 * @param eras number of paired eras
 * @param meanDifference mean of model minus reference, per era
 * @param standardError sample standard deviation (ddof 1) of the differences over sqrt(eras); NaN
 *     for fewer than two eras
 * @param tValue meanDifference / standardError; NaN when the standard error is 0 or NaN
 * @param pValue two-sided p-value of tValue under Student's t with eras - 1 degrees of freedom; NaN
 *     when tValue is NaN
 */
public record PairedDifference(
        int eras, double meanDifference, double standardError, double tValue, double pValue) {

    /**
     * Returns the paired difference of {@code model - reference}.
     *
     * <p>Steps: 1. d_e = model_e - reference_e; 2. mean of d; 3. standard error = std(d, ddof 1) /
     * sqrt(n); 4. t = mean / standard error; 5. p = 2 P(T_{n-1} > |t|).
     *
     * @param model per-era scores of the model
     * @param reference per-era scores of the reference, same eras in the same order
     * @return the difference statistics
     * @throws IllegalArgumentException when the arrays differ in length or are empty
     */
    public static PairedDifference of(double[] model, double[] reference) {
        if (model.length != reference.length || model.length == 0) {
            throw new IllegalArgumentException(
                    "paired scores need the same non-zero number of eras, got "
                            + model.length
                            + " and "
                            + reference.length);
        }
        double[] differences = new double[model.length];
        for (int e = 0; e < differences.length; e++) {
            differences[e] = model[e] - reference[e];
        }

        double mean = MaskStatistics.mean(differences);
        double standardError = MaskStatistics.stdSample(differences) / Math.sqrt(model.length);
        double t = standardError > 0 ? mean / standardError : Double.NaN;
        return new PairedDifference(model.length, mean, standardError, t, twoSidedP(t, model));
    }

    private static double twoSidedP(double t, double[] model) {
        if (Double.isNaN(t)) {
            return Double.NaN;
        }
        TDistribution distribution = new TDistribution(null, model.length - 1.0);
        return 2 * distribution.cumulativeProbability(-Math.abs(t));
    }
}
