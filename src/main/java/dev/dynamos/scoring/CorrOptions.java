package dev.dynamos.scoring;

/**
 * Options of Numerai's CORR.
 *
 * @param targetPow15 whether the centred target is raised to the signed 1.5 power (numerai-tools
 *     does; false gives the plain variant)
 * @param topBottom when positive, only the {@code topBottom} highest and lowest transformed
 *     predictions are scored; 0 scores every row
 * @param maxFilteredRatio the largest share of either input's rows that may be lost to NaN before
 *     the call fails, in [0, 1]
 */
public record CorrOptions(boolean targetPow15, int topBottom, double maxFilteredRatio) {

    /** numerai-tools' {@code DEFAULT_MAX_FILTERED_INDEX_RATIO}: at most 20% of ids may drop. */
    public static final double DEFAULT_MAX_FILTERED_RATIO = 0.2;

    /** numerai-tools' defaults: target powered, every row scored, at most 20% of rows lost. */
    public static final CorrOptions DEFAULT = new CorrOptions(true, 0, DEFAULT_MAX_FILTERED_RATIO);

    /** Compact constructor: rejects a negative top/bottom count or a ratio outside [0, 1]. */
    public CorrOptions {
        if (topBottom < 0) {
            throw new IllegalArgumentException("topBottom must be >= 0, got " + topBottom);
        }
        if (!(maxFilteredRatio >= 0.0 && maxFilteredRatio <= 1.0)) {
            throw new IllegalArgumentException(
                    "maxFilteredRatio must be in [0, 1], got " + maxFilteredRatio);
        }
    }

    /** Returns these options with the target power switched on or off. */
    public CorrOptions withTargetPow15(boolean enabled) {
        return new CorrOptions(enabled, topBottom, maxFilteredRatio);
    }

    /** Returns these options scoring only the {@code k} highest and {@code k} lowest rows. */
    public CorrOptions withTopBottom(int k) {
        return new CorrOptions(targetPow15, k, maxFilteredRatio);
    }
}
