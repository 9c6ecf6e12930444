package dev.dynamos.data.prices;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Arrays;

/** Chooses the era days of a price history: the last trading day of each ISO week. */
public final class WeeklyEras {

    private WeeklyEras() {}

    /**
     * Returns the index of the last trading day of each ISO week, in date order.
     *
     * <p>The last week of the history may be incomplete; its last available day is still an era
     * day, which makes it the most recent (live) era.
     *
     * @param history the prices, whose calendar is the union of all tickers' dates
     * @return day indices into the history, one per era, increasing
     */
    public static int[] eraDays(PriceHistory history) {
        int[] eraDays = new int[history.dayCount()];
        int count = 0;
        for (int d = 0; d < history.dayCount(); d++) {
            boolean lastOfWeek =
                    d + 1 == history.dayCount()
                            || weekKey(history.day(d)) != weekKey(history.day(d + 1));
            if (lastOfWeek) {
                eraDays[count++] = d;
            }
        }
        return Arrays.copyOf(eraDays, count);
    }

    private static int weekKey(LocalDate date) {
        return date.get(IsoFields.WEEK_BASED_YEAR) * 100
                + date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }
}
