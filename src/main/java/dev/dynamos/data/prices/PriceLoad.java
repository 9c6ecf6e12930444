package dev.dynamos.data.prices;

import java.util.Objects;

/**
 * What reading a price file produced: the history and counts of the rows seen.
 *
 * @param history the prices on a shared calendar
 * @param rowsRead data rows in the file (header excluded)
 * @param emptyRowsSkipped rows without a close price, left out of the history
 * @param duplicateRowsSkipped rows repeating a ticker and day already read, left out
 */
public record PriceLoad(
        PriceHistory history, long rowsRead, long emptyRowsSkipped, long duplicateRowsSkipped) {

    /** Compact constructor: rejects a missing history and impossible counts. */
    public PriceLoad {
        Objects.requireNonNull(history, "history");
        if (emptyRowsSkipped < 0
                || duplicateRowsSkipped < 0
                || emptyRowsSkipped + duplicateRowsSkipped > rowsRead) {
            throw new IllegalArgumentException(
                    "rowsRead "
                            + rowsRead
                            + ", emptyRowsSkipped "
                            + emptyRowsSkipped
                            + ", duplicateRowsSkipped "
                            + duplicateRowsSkipped);
        }
    }
}
