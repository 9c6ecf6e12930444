package dev.dynamos.data;

import dev.dynamos.common.BadInputException;
import java.util.Locale;

/** Numerai's {@code data_type} column: which part of the tournament a row belongs to. */
public enum DataType {
    TRAIN,
    VALIDATION,
    TEST,
    LIVE;

    /** Returns the lower-case name used in Numerai's files ({@code train}, ...). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a {@code data_type} value as written in Numerai's files.
     *
     * @param value the cell value, such as {@code validation}
     * @return the matching type
     * @throws BadInputException when the value is none of train, validation, test, live
     */
    public static DataType parse(String value) {
        for (DataType type : values()) {
            if (type.label().equals(value)) {
                return type;
            }
        }
        throw new BadInputException(
                "bad_data_type",
                "data_type '" + value + "' is not one of train, validation, test, live");
    }
}
