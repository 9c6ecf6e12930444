package dev.dynamos.experiment;

/**
 * How cross-validation splits eras into folds.
 *
 * <ul>
 *   <li>{@link #EXPANDING}: eras cut into folds + 1 consecutive blocks; fold i validates block i +
 *       1 and trains on every earlier era, as in Numerai's own walk-forward validation.
 *   <li>{@link #BLOCKED}: eras cut into {@code folds} consecutive blocks; fold i validates block i
 *       and trains on every other era, earlier or later.
 * </ul>
 *
 * Both leave out training eras within the embargo of any validation era.
 */
public enum CvScheme {
    EXPANDING,
    BLOCKED
}
