package dev.dynamos.data.prices;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One era of a conversion, as listed in {@code eras.csv}.
 *
 * @param era era number, 1 for the first week of prices
 * @param date the era's date: the last trading day of its ISO week
 * @param role what the era became (an embargo era is not written)
 * @param rows rows written for the era (0 for an embargo era)
 */
public record EraSummary(int era, LocalDate date, EraRole role, int rows) {

    /** Compact constructor: rejects a non-positive era and negative row counts. */
    public EraSummary {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(role, "role");
        if (era < 1 || rows < 0) {
            throw new IllegalArgumentException("era " + era + " with " + rows + " rows");
        }
    }
}
