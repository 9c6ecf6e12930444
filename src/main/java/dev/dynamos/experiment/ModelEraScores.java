package dev.dynamos.experiment;

import java.util.Objects;
import java.util.Optional;

/**
 * One model's per-era results over the comparison's validation eras: CORR and, where available,
 * FNC, max feature exposure, BMC against the reference, keep masks and in-sample CORR.
 *
 * <p>Every per-era array lists the same validation eras in the same order as {@code corr}; only
 * {@code inSampleCorr} covers other eras (those the model was fitted or selected on).
 *
 * @param name model name shown in the table, not blank
 * @param corr per-era CORR on the validation eras, finite, at least one era
 * @param fnc optional per-era feature-neutral CORR
 * @param maxExposure optional per-era largest absolute feature exposure
 * @param bmc optional per-era BMC against the reference model's predictions
 * @param keepMasks optional per-era keep flags, one row per era, one column per feature
 * @param inSampleCorr optional per-era CORR on the eras the model was fitted or selected on
 */
public record ModelEraScores(
        String name,
        double[] corr,
        Optional<double[]> fnc,
        Optional<double[]> maxExposure,
        Optional<double[]> bmc,
        Optional<boolean[][]> keepMasks,
        Optional<double[]> inSampleCorr) {

    /** Compact constructor: checks the name, finiteness and that per-era arrays line up. */
    public ModelEraScores {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("model name must not be blank");
        }
        if (corr.length == 0) {
            throw new IllegalArgumentException("model " + name + " has no validation eras");
        }
        checkFinite(name, "corr", corr);
        fnc.ifPresent(values -> checkPerEra(name, "fnc", values, corr.length));
        maxExposure.ifPresent(values -> checkPerEra(name, "maxExposure", values, corr.length));
        bmc.ifPresent(values -> checkPerEra(name, "bmc", values, corr.length));
        keepMasks.ifPresent(masks -> checkMasks(name, masks, corr.length));
        inSampleCorr.ifPresent(values -> checkFinite(name, "inSampleCorr", values));
    }

    /** Returns scores with CORR only. */
    public static ModelEraScores of(String name, double[] corr) {
        return new ModelEraScores(
                name,
                corr,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }

    /** Returns a copy with per-era FNC. */
    public ModelEraScores withFnc(double[] values) {
        return new ModelEraScores(
                name, corr, Optional.of(values), maxExposure, bmc, keepMasks, inSampleCorr);
    }

    /** Returns a copy with per-era max feature exposure. */
    public ModelEraScores withMaxExposure(double[] values) {
        return new ModelEraScores(
                name, corr, fnc, Optional.of(values), bmc, keepMasks, inSampleCorr);
    }

    /** Returns a copy with per-era BMC against the reference. */
    public ModelEraScores withBmc(double[] values) {
        return new ModelEraScores(
                name, corr, fnc, maxExposure, Optional.of(values), keepMasks, inSampleCorr);
    }

    /** Returns a copy with per-era keep masks. */
    public ModelEraScores withKeepMasks(boolean[][] masks) {
        return new ModelEraScores(
                name, corr, fnc, maxExposure, bmc, Optional.of(masks), inSampleCorr);
    }

    /** Returns a copy with per-era in-sample CORR. */
    public ModelEraScores withInSampleCorr(double[] values) {
        return new ModelEraScores(
                name, corr, fnc, maxExposure, bmc, keepMasks, Optional.of(values));
    }

    private static void checkPerEra(String name, String what, double[] values, int eras) {
        if (values.length != eras) {
            throw new IllegalArgumentException(
                    "model "
                            + name
                            + ": "
                            + what
                            + " has "
                            + values.length
                            + " eras, corr has "
                            + eras);
        }
        checkFinite(name, what, values);
    }

    private static void checkFinite(String name, String what, double[] values) {
        for (int e = 0; e < values.length; e++) {
            if (!Double.isFinite(values[e])) {
                throw new IllegalArgumentException(
                        "model "
                                + name
                                + ": "
                                + what
                                + "["
                                + e
                                + "] is "
                                + values[e]
                                + "; drop eras that cannot be scored before comparing");
            }
        }
    }

    private static void checkMasks(String name, boolean[][] masks, int eras) {
        if (masks.length != eras) {
            throw new IllegalArgumentException(
                    "model "
                            + name
                            + ": keepMasks has "
                            + masks.length
                            + " eras, corr has "
                            + eras);
        }
        for (boolean[] era : masks) {
            if (era.length != masks[0].length) {
                throw new IllegalArgumentException(
                        "model "
                                + name
                                + ": keepMasks rows differ in length, "
                                + era.length
                                + " and "
                                + masks[0].length);
            }
        }
    }
}
