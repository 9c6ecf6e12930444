package dev.dynamos.data.prices;

import dev.dynamos.data.EraTable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The result of turning prices into era data.
 *
 * @param table the rows of every written era, sorted by era
 * @param eras every era in date order, embargo eras included
 * @param missingByFeature per feature column, how many written rows had too little history (NaN,
 *     stored as bin 2)
 * @param rowsWithoutTarget rows of train or validation eras left out because the ticker stopped
 *     trading before the target horizon
 */
public record PriceConversion(
        EraTable table,
        List<EraSummary> eras,
        Map<String, Integer> missingByFeature,
        int rowsWithoutTarget) {

    /** Compact constructor: copies the lists and rejects missing parts. */
    public PriceConversion {
        Objects.requireNonNull(table, "table");
        eras = List.copyOf(eras);
        missingByFeature = Collections.unmodifiableMap(new LinkedHashMap<>(missingByFeature));
        if (rowsWithoutTarget < 0) {
            throw new IllegalArgumentException("rowsWithoutTarget " + rowsWithoutTarget);
        }
    }

    /** Returns the total number of missing feature values over all written rows. */
    public long missingTotal() {
        long total = 0;
        for (int count : missingByFeature.values()) {
            total += count;
        }
        return total;
    }
}
