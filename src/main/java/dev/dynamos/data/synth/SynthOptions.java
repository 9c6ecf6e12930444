package dev.dynamos.data.synth;

/**
 * Settings of the synthetic data generator.
 *
 * @param eras eras from the first train era to the last validation era (the live era follows), at
 *     least {@link #MIN_ERAS}
 * @param rowsPerEra rows (stocks) in every era, at least {@link #MIN_ROWS_PER_ERA}
 * @param features feature columns, at least {@link #MIN_FEATURES}
 * @param groups feature groups, 1 to {@code features}
 * @param regimes hidden market regimes, at least 1
 * @param noise standard deviation of the target noise relative to the signal's, at least 0
 * @param seed seed of the one random generator everything is drawn from
 */
public record SynthOptions(
        int eras, int rowsPerEra, int features, int groups, int regimes, double noise, long seed) {

    /** Default era count: about eight years of weekly eras. */
    public static final int DEFAULT_ERAS = 400;

    /**
     * Default rows per era: a few times smaller than Numerai's, so the default run takes seconds.
     */
    public static final int DEFAULT_ROWS_PER_ERA = 1000;

    /** Default feature count. */
    public static final int DEFAULT_FEATURES = 120;

    /** Default group count: Numerai's eight feature groups. */
    public static final int DEFAULT_GROUPS = 8;

    /** Default regime count. */
    public static final int DEFAULT_REGIMES = 4;

    /**
     * Default relative noise, tuned with {@code dynamos bench synth-check}: a static XGBoost
     * booster (250 trees, depth 5) scores a validation CORR of 0.015 to 0.035 over seeds 7 and 42,
     * as on Numerai's data, and one booster per true regime 1.7 to 2.2 times as much.
     */
    public static final double DEFAULT_NOISE = 12.0;

    /** Default seed. */
    public static final long DEFAULT_SEED = 42L;

    /** Smallest era count: at least one train era, the embargo and one validation era. */
    public static final int MIN_ERAS = EraLayout.EMBARGO_ERAS + 2;

    /** Smallest era size: enough rows for five target levels and five feature bins. */
    public static final int MIN_ROWS_PER_ERA = 20;

    /** Smallest feature count: one regime's informative features plus one uninformative. */
    public static final int MIN_FEATURES = RegimeDraw.FEATURES_PER_REGIME + 1;

    /** Compact constructor: rejects out-of-range fields by name and value. */
    public SynthOptions {
        atLeast("eras", eras, MIN_ERAS);
        atLeast("rowsPerEra", rowsPerEra, MIN_ROWS_PER_ERA);
        atLeast("features", features, MIN_FEATURES);
        atLeast("groups", groups, 1);
        atLeast("regimes", regimes, 1);
        if (groups > features) {
            throw new IllegalArgumentException(
                    "groups must be at most features (" + features + "), got " + groups);
        }
        if (!(noise >= 0) || Double.isInfinite(noise)) {
            throw new IllegalArgumentException("noise must be finite and >= 0, got " + noise);
        }
    }

    /** Returns the default options (400 eras x 1000 rows x 120 features, 8 groups, 4 regimes). */
    public static SynthOptions defaults() {
        return new SynthOptions(
                DEFAULT_ERAS,
                DEFAULT_ROWS_PER_ERA,
                DEFAULT_FEATURES,
                DEFAULT_GROUPS,
                DEFAULT_REGIMES,
                DEFAULT_NOISE,
                DEFAULT_SEED);
    }

    /** Returns these options with another seed. */
    public SynthOptions withSeed(long newSeed) {
        return new SynthOptions(eras, rowsPerEra, features, groups, regimes, noise, newSeed);
    }

    /** Returns these options with another relative noise. */
    public SynthOptions withNoise(double newNoise) {
        return new SynthOptions(eras, rowsPerEra, features, groups, regimes, newNoise, seed);
    }

    /** Returns the era layout (train, embargo, validation, live) these options imply. */
    public EraLayout layout() {
        return EraLayout.of(eras);
    }

    private static void atLeast(String name, int value, int minimum) {
        if (value < minimum) {
            throw new IllegalArgumentException(
                    name + " must be at least " + minimum + ", got " + value);
        }
    }
}
