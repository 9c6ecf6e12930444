package dev.dynamos.data.io;

import dev.dynamos.data.EraTable;
import java.util.Objects;

/**
 * What {@link NumeraiReader#readWithReport} returns: the table and what the read had to repair.
 *
 * @param table the loaded table
 * @param missingFeatureCells feature cells that were NULL or NaN in the files and were stored as
 *     {@link ReadOptions#missingFeatureValue()}, at least 0
 */
public record ReadResult(EraTable table, long missingFeatureCells) {

    /** Compact constructor: rejects a null table and a negative count. */
    public ReadResult {
        Objects.requireNonNull(table, "table");
        if (missingFeatureCells < 0) {
            throw new IllegalArgumentException(
                    "missingFeatureCells must be >= 0, got " + missingFeatureCells);
        }
    }
}
