package dev.dynamos.data.prices;

import dev.dynamos.data.DataType;
import java.util.Locale;
import java.util.Optional;

/** What an era becomes in the output: a data type, or left out as the embargo. */
public enum EraRole {
    TRAIN,
    EMBARGO,
    VALIDATION,
    TEST,
    LIVE;

    /** Returns the data type of the era's rows, or empty for an embargo era (not written). */
    public Optional<DataType> dataType() {
        return switch (this) {
            case TRAIN -> Optional.of(DataType.TRAIN);
            case VALIDATION -> Optional.of(DataType.VALIDATION);
            case TEST -> Optional.of(DataType.TEST);
            case LIVE -> Optional.of(DataType.LIVE);
            case EMBARGO -> Optional.empty();
        };
    }

    /** Returns the lower-case name written to {@code eras.csv}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
