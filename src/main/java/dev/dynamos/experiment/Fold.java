package dev.dynamos.experiment;

/**
 * One cross-validation fold: era indices (into the era table) to train on and to validate on, both
 * ascending and disjoint.
 *
 * @param index fold number from 0
 * @param trainEras era indices to fit on
 * @param validationEras era indices to predict out of fold
 */
public record Fold(int index, int[] trainEras, int[] validationEras) {

    /** Compact constructor: both era lists must be non-empty. */
    public Fold {
        if (trainEras.length == 0) {
            throw new IllegalArgumentException(
                    "fold " + index + " has no training eras left after the embargo");
        }
        if (validationEras.length == 0) {
            throw new IllegalArgumentException("fold " + index + " has no validation eras");
        }
    }
}
