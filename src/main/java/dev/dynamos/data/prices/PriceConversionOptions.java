package dev.dynamos.data.prices;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Options for turning prices into era data.
 *
 * @param horizon trading days the main target looks ahead, 1 to 250
 * @param validationFrom first date of validation, or empty for the last quarter of eras with
 *     targets
 * @param embargo eras left out between the last train era and the first validation era, 0 to 52
 */
public record PriceConversionOptions(int horizon, Optional<LocalDate> validationFrom, int embargo) {

    /** Numerai's main target looks 20 trading days (four weekly eras) ahead. */
    public static final int DEFAULT_HORIZON = 20;

    /** Numerai's example notebooks leave out four eras for 20-day targets. */
    public static final int DEFAULT_EMBARGO = 4;

    /** Horizon of the auxiliary {@code target_60}: Numerai's 60-day targets. */
    public static final int AUX_HORIZON = 60;

    /** Compact constructor: rejects horizons and embargoes out of range. */
    public PriceConversionOptions {
        Objects.requireNonNull(validationFrom, "validationFrom");
        if (horizon < 1 || horizon > 250) {
            throw new IllegalArgumentException("horizon must be 1 to 250 days, got " + horizon);
        }
        if (embargo < 0 || embargo > 52) {
            throw new IllegalArgumentException("embargo must be 0 to 52 eras, got " + embargo);
        }
    }

    /** Returns the defaults: 20-day horizon, last quarter as validation, 4-era embargo. */
    public static PriceConversionOptions defaults() {
        return new PriceConversionOptions(DEFAULT_HORIZON, Optional.empty(), DEFAULT_EMBARGO);
    }
}
