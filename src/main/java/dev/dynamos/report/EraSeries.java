package dev.dynamos.report;

import java.util.Objects;

/**
 * One named per-era series for a chart: an era number and a value (NaN where the era has none) for
 * each point.
 *
 * @param name the legend label
 * @param eras era numbers, ascending
 * @param values one value per era, NaN where missing
 */
public record EraSeries(String name, int[] eras, double[] values) {

    /** Checks that the name is present and the arrays have equal length. */
    public EraSeries {
        Objects.requireNonNull(name, "name");
        if (eras.length != values.length) {
            throw new IllegalArgumentException(
                    "series '"
                            + name
                            + "' has "
                            + eras.length
                            + " eras but "
                            + values.length
                            + " values");
        }
    }
}
