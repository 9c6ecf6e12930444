package dev.dynamos.data.synth;

import java.util.Locale;

/**
 * How an informative feature moves the target. Each shape maps binned values 0..4 to a contribution
 * with mean about 0 and variance about 1 when bins are uniform, so that shapes are comparable in
 * strength.
 */
public enum Shape {
    /** Proportional to the centred bin. */
    LINEAR,
    /** Squared centred bin: both extremes move the target the same way. */
    U_SHAPE,
    /** A step: the top two bins against the bottom three. */
    STEP,
    /** The product of the centred bins of two features. */
    INTERACTION;

    // Bins 0..4 are uniform per era: mean 2, variance 2.
    private static final double BIN_SD = Math.sqrt(2.0);

    // For centred z = (bin - 2) / sqrt(2): E[z^2] = 1, Var[z^2] = 0.7.
    private static final double U_SD = Math.sqrt(0.7);

    // Share of rows in the top two bins.
    private static final double STEP_SHARE = 0.4;

    private static final double STEP_SD = Math.sqrt(STEP_SHARE * (1 - STEP_SHARE));

    private static final double[] LINEAR_OF_BIN = new double[5];
    private static final double[] U_OF_BIN = new double[5];
    private static final double[] STEP_OF_BIN = new double[5];

    static {
        for (int bin = 0; bin < 5; bin++) {
            double z = (bin - 2) / BIN_SD;
            LINEAR_OF_BIN[bin] = z;
            U_OF_BIN[bin] = (z * z - 1) / U_SD;
            STEP_OF_BIN[bin] = ((bin >= 3 ? 1 : 0) - STEP_SHARE) / STEP_SD;
        }
    }

    /** Returns the lower-case name used in {@code truth.json} ({@code u_shape}, ...). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Returns whether the shape reads a second (partner) feature. */
    public boolean needsPartner() {
        return this == INTERACTION;
    }

    /**
     * Returns the unit-scale contribution of one row.
     *
     * @param bin the feature's bin, 0..4
     * @param partnerBin the partner feature's bin, 0..4 (read only by {@link #INTERACTION})
     */
    public double value(int bin, int partnerBin) {
        return switch (this) {
            case LINEAR -> LINEAR_OF_BIN[bin];
            case U_SHAPE -> U_OF_BIN[bin];
            case STEP -> STEP_OF_BIN[bin];
            case INTERACTION -> LINEAR_OF_BIN[bin] * LINEAR_OF_BIN[partnerBin];
        };
    }
}
