package dev.dynamos.scoring.io;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One value column of a predictions-like file, keyed by id, in file order.
 *
 * @param file the file it was read from
 * @param column the column's name
 * @param ids row ids
 * @param values the column's values, NaN where the cell is empty or NaN
 */
public record PredictionColumn(Path file, String column, String[] ids, double[] values) {

    /** Compact constructor: requires one value per id. */
    public PredictionColumn {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(column, "column");
        if (ids.length != values.length) {
            throw new IllegalArgumentException(
                    "ids has " + ids.length + " entries but values has " + values.length);
        }
    }

    /** Returns the number of rows. */
    public int rows() {
        return ids.length;
    }

    /** Returns the first row whose value is NaN, or -1 when there is none. */
    public int firstNaNRow() {
        for (int i = 0; i < values.length; i++) {
            if (Double.isNaN(values[i])) {
                return i;
            }
        }
        return -1;
    }
}
