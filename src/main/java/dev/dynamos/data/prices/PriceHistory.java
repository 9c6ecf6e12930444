package dev.dynamos.data.prices;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Daily prices of many tickers on one shared calendar of trading days.
 *
 * <p>Arrays are indexed {@code [ticker][day]}; a value is {@code NaN} where the ticker has no
 * usable row on that day (before its first listing, after its last, or an empty row). Days are the
 * sorted union of all dates in the input, tickers are sorted by name. Prices are in the input's
 * currency; {@code adjClose} is {@code NaN} wherever the input had no adjusted close.
 */
public final class PriceHistory {

    private final LocalDate[] days;
    private final String[] tickers;
    private final double[][] open;
    private final double[][] high;
    private final double[][] low;
    private final double[][] close;
    private final double[][] adjClose;
    private final double[][] volume;

    /**
     * Creates a history from dense arrays, which the history then owns.
     *
     * @param days trading days, strictly increasing
     * @param tickers ticker names, one per first array index
     * @param open opening prices {@code [ticker][day]}
     * @param high daily highs
     * @param low daily lows
     * @param close daily closes
     * @param adjClose split- and dividend-adjusted closes, NaN where absent
     * @param volume shares traded
     */
    public PriceHistory(
            List<LocalDate> days,
            List<String> tickers,
            double[][] open,
            double[][] high,
            double[][] low,
            double[][] close,
            double[][] adjClose,
            double[][] volume) {
        this.days = days.toArray(LocalDate[]::new);
        this.tickers = tickers.toArray(String[]::new);
        checkIncreasing(this.days);
        this.open = checkShape("open", open);
        this.high = checkShape("high", high);
        this.low = checkShape("low", low);
        this.close = checkShape("close", close);
        this.adjClose = checkShape("adjClose", adjClose);
        this.volume = checkShape("volume", volume);
    }

    /** Returns the number of trading days. */
    public int dayCount() {
        return days.length;
    }

    /** Returns the number of tickers. */
    public int tickerCount() {
        return tickers.length;
    }

    /** Returns the date of trading day {@code d}. */
    public LocalDate day(int d) {
        return days[d];
    }

    /** Returns the name of ticker {@code t}. */
    public String ticker(int t) {
        return tickers[t];
    }

    /** Returns the opening prices of ticker {@code t} by day; do not modify. */
    public double[] open(int t) {
        return open[t];
    }

    /** Returns the daily highs of ticker {@code t} by day; do not modify. */
    public double[] high(int t) {
        return high[t];
    }

    /** Returns the daily lows of ticker {@code t} by day; do not modify. */
    public double[] low(int t) {
        return low[t];
    }

    /** Returns the closes of ticker {@code t} by day, NaN where it has no row; do not modify. */
    public double[] close(int t) {
        return close[t];
    }

    /** Returns the adjusted closes of ticker {@code t} by day, NaN where absent; do not modify. */
    public double[] adjClose(int t) {
        return adjClose[t];
    }

    /** Returns the shares traded by ticker {@code t} by day; do not modify. */
    public double[] volume(int t) {
        return volume[t];
    }

    private double[][] checkShape(String name, double[][] values) {
        Objects.requireNonNull(values, name);
        if (values.length != tickers.length) {
            throw new IllegalArgumentException(
                    name + " has " + values.length + " tickers, expected " + tickers.length);
        }
        for (int t = 0; t < values.length; t++) {
            if (values[t].length != days.length) {
                throw new IllegalArgumentException(
                        name
                                + " of "
                                + tickers[t]
                                + " has "
                                + values[t].length
                                + " days, expected "
                                + days.length);
            }
        }
        return values;
    }

    private static void checkIncreasing(LocalDate[] days) {
        for (int d = 1; d < days.length; d++) {
            if (!days[d].isAfter(days[d - 1])) {
                throw new IllegalArgumentException(
                        "days must increase, but " + days[d] + " follows " + days[d - 1]);
            }
        }
    }
}
