package dev.dynamos.scoring;

import java.util.Objects;
import java.util.Optional;

/**
 * Per-era scores of one set of predictions, one entry per era in era order; NaN where an era could
 * not be scored (for example an era the meta model does not cover).
 *
 * @param corr Numerai's CORR per era
 * @param mmc MMC per era, present when a meta model was given
 * @param bmc BMC per era, present when a benchmark model was given
 * @param fnc FNC per era, present when neutralizers were given
 * @param maxFeatureExposure largest absolute feature exposure per era, present with neutralizers
 */
public record EraScores(
        double[] corr,
        Optional<double[]> mmc,
        Optional<double[]> bmc,
        Optional<double[]> fnc,
        Optional<double[]> maxFeatureExposure) {

    /** Compact constructor: requires every present series to have one entry per era. */
    public EraScores {
        Objects.requireNonNull(corr, "corr");
        checkLength("mmc", mmc, corr.length);
        checkLength("bmc", bmc, corr.length);
        checkLength("fnc", fnc, corr.length);
        checkLength("maxFeatureExposure", maxFeatureExposure, corr.length);
    }

    /** Returns the number of eras. */
    public int eras() {
        return corr.length;
    }

    private static void checkLength(String name, Optional<double[]> series, int eras) {
        Objects.requireNonNull(series, name);
        if (series.isPresent() && series.get().length != eras) {
            throw new IllegalArgumentException(
                    name + " has " + series.get().length + " entries, expected " + eras);
        }
    }
}
