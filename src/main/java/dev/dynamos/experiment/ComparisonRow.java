package dev.dynamos.experiment;

import dev.dynamos.scoring.EraSummary;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One model's line of the comparison table; an empty value is not applicable (missing input, the
 * reference row's difference to itself, or an undefined statistic such as a Sharpe ratio of
 * constant scores).
 *
 * @param model model name
 * @param eras number of validation eras
 * @param corrMean mean per-era CORR
 * @param corrStd standard deviation of per-era CORR, ddof 0
 * @param corrSharpe corrMean / corrStd
 * @param corrMaxDrawdown additive max drawdown of per-era CORR, at least 0
 * @param fncMean mean per-era FNC
 * @param maxFeatureExposure mean over eras of the largest absolute feature exposure
 * @param bmcMean mean per-era BMC against the reference
 * @param keepRatio mean share of features kept per era
 * @param maskStability mean Jaccard index of consecutive eras' kept sets
 * @param difference paired per-era CORR difference to the reference, with standard error, t and p
 * @param inSampleCorrMean mean per-era CORR on the eras the model was fitted or selected on
 * @param inSampleGap inSampleCorrMean minus corrMean
 */
public record ComparisonRow(
        String model,
        int eras,
        OptionalDouble corrMean,
        OptionalDouble corrStd,
        OptionalDouble corrSharpe,
        OptionalDouble corrMaxDrawdown,
        OptionalDouble fncMean,
        OptionalDouble maxFeatureExposure,
        OptionalDouble bmcMean,
        OptionalDouble keepRatio,
        OptionalDouble maskStability,
        Optional<PairedDifference> difference,
        OptionalDouble inSampleCorrMean,
        OptionalDouble inSampleGap) {

    /**
     * Returns the summary of one model's per-era scores.
     *
     * @param scores the model's per-era results
     * @param reference the reference model's per-era CORR; empty for the reference row itself
     * @return the row
     */
    public static ComparisonRow of(ModelEraScores scores, Optional<double[]> reference) {
        double[] corr = scores.corr();
        OptionalDouble inSample = scores.inSampleCorr().map(ComparisonRow::meanOf).orElse(none());
        EraSummary summary = EraSummary.of(corr);
        OptionalDouble corrMean = defined(summary.mean());
        return new ComparisonRow(
                scores.name(),
                corr.length,
                corrMean,
                defined(summary.std()),
                defined(summary.sharpe()),
                defined(summary.maxDrawdown()),
                scores.fnc().map(ComparisonRow::meanOf).orElse(none()),
                scores.maxExposure().map(ComparisonRow::meanOf).orElse(none()),
                scores.bmc().map(ComparisonRow::meanOf).orElse(none()),
                scores.keepMasks()
                        .map(m -> defined(MaskStatistics.meanKeepRatio(m)))
                        .orElse(none()),
                scores.keepMasks()
                        .map(m -> defined(MaskStatistics.maskStability(m)))
                        .orElse(none()),
                reference.map(values -> PairedDifference.of(corr, values)),
                inSample,
                gap(inSample, corrMean));
    }

    private static OptionalDouble meanOf(double[] values) {
        return defined(MaskStatistics.mean(values));
    }

    private static OptionalDouble gap(OptionalDouble inSample, OptionalDouble outOfSample) {
        if (inSample.isEmpty() || outOfSample.isEmpty()) {
            return none();
        }
        return defined(inSample.getAsDouble() - outOfSample.getAsDouble());
    }

    static OptionalDouble defined(double value) {
        return Double.isFinite(value) ? OptionalDouble.of(value) : OptionalDouble.empty();
    }

    private static OptionalDouble none() {
        return OptionalDouble.empty();
    }
}
