package dev.dynamos.data.synth;

import dev.dynamos.data.DataType;
import java.util.Optional;

/**
 * Which era numbers hold train, validation and live rows: train eras {@code 1..lastTrainEra}, an
 * embargo gap of {@link #EMBARGO_ERAS} absent eras, validation eras up to {@code
 * lastValidationEra}, then one live era.
 *
 * @param lastTrainEra the last train era, at least 1
 * @param firstValidationEra the first validation era, after the embargo
 * @param lastValidationEra the last validation era
 */
public record EraLayout(int lastTrainEra, int firstValidationEra, int lastValidationEra) {

    /** Eras absent between train and validation: a 20-day target looks 4 weekly eras ahead. */
    public static final int EMBARGO_ERAS = 4;

    /** Share of eras that are validation eras, as in Numerai's recent versions (about a fifth). */
    public static final double VALIDATION_SHARE = 0.2;

    /** Compact constructor: checks the order of the three boundaries. */
    public EraLayout {
        if (lastTrainEra < 1) {
            throw new IllegalArgumentException("lastTrainEra must be >= 1, got " + lastTrainEra);
        }
        if (firstValidationEra != lastTrainEra + EMBARGO_ERAS + 1) {
            throw new IllegalArgumentException(
                    "firstValidationEra must follow the embargo after era "
                            + lastTrainEra
                            + ", got "
                            + firstValidationEra);
        }
        if (lastValidationEra < firstValidationEra) {
            throw new IllegalArgumentException(
                    "lastValidationEra must be >= "
                            + firstValidationEra
                            + ", got "
                            + lastValidationEra);
        }
    }

    /**
     * Returns the layout for a span of eras: the last fifth (at least one era) for validation, the
     * embargo before it, and the rest for training.
     *
     * @param eras eras from the first train era to the last validation era
     */
    public static EraLayout of(int eras) {
        int validation = Math.max(1, (int) Math.round(eras * VALIDATION_SHARE));
        int train = eras - validation - EMBARGO_ERAS;
        if (train < 1) {
            throw new IllegalArgumentException(
                    "eras must leave at least one train era, got " + eras);
        }
        return new EraLayout(train, train + EMBARGO_ERAS + 1, eras);
    }

    /** Returns the live era: the one after the last validation era. */
    public int liveEra() {
        return lastValidationEra + 1;
    }

    /** Returns the number of eras that hold rows (train, validation and live). */
    public int presentEras() {
        return lastTrainEra + (lastValidationEra - firstValidationEra + 1) + 1;
    }

    /** Returns the data type of an era's rows, or empty for an embargo era or one out of range. */
    public Optional<DataType> dataTypeOf(int era) {
        if (era >= 1 && era <= lastTrainEra) {
            return Optional.of(DataType.TRAIN);
        }
        if (era >= firstValidationEra && era <= lastValidationEra) {
            return Optional.of(DataType.VALIDATION);
        }
        return era == liveEra() ? Optional.of(DataType.LIVE) : Optional.empty();
    }

    /** Returns every era that holds rows, ascending. */
    public int[] presentEraNumbers() {
        int[] result = new int[presentEras()];
        int next = 0;
        for (int era = 1; era <= liveEra(); era++) {
            if (dataTypeOf(era).isPresent()) {
                result[next++] = era;
            }
        }
        return result;
    }

    /**
     * Returns whether a target that looks {@code horizonEras} ahead is known for an era: its window
     * must end by the next part's start (the first validation era for train, the live era for
     * validation); the live era's targets are never known.
     *
     * @param era an era that holds rows
     * @param horizonEras how many eras the target looks ahead
     */
    public boolean targetKnown(int era, int horizonEras) {
        if (era <= lastTrainEra) {
            return era + horizonEras <= firstValidationEra;
        }
        return era <= lastValidationEra && era + horizonEras <= liveEra();
    }
}
