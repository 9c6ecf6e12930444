package dev.dynamos.data.prices;

import java.util.Arrays;

/**
 * The candidate rows of a conversion: for each written era, in era order, the tickers that traded
 * on the era's date, in ticker order.
 */
final class EraRows {

    final int[] eraOfRow;
    final int[] tickerOfRow;
    final int[] dayOfRow;

    /** First row of each era index; {@code eraStart[e + 1]} ends it; embargo eras are empty. */
    final int[] eraStart;

    private EraRows(int[] eraOfRow, int[] tickerOfRow, int[] dayOfRow, int[] eraStart) {
        this.eraOfRow = eraOfRow;
        this.tickerOfRow = tickerOfRow;
        this.dayOfRow = dayOfRow;
        this.eraStart = eraStart;
    }

    static EraRows of(TickerSeries[] tickers, int[] eraDays, EraRole[] roles) {
        int capacity = tickers.length * eraDays.length;
        int[] eraOfRow = new int[capacity];
        int[] tickerOfRow = new int[capacity];
        int[] dayOfRow = new int[capacity];
        int[] eraStart = new int[eraDays.length + 1];
        int rows = 0;
        for (int e = 0; e < eraDays.length; e++) {
            eraStart[e] = rows;
            for (int t = 0; roles[e] != EraRole.EMBARGO && t < tickers.length; t++) {
                if (tickers[t].traded(eraDays[e])) {
                    eraOfRow[rows] = e;
                    tickerOfRow[rows] = t;
                    dayOfRow[rows] = eraDays[e];
                    rows++;
                }
            }
        }
        eraStart[eraDays.length] = rows;
        return new EraRows(
                Arrays.copyOf(eraOfRow, rows),
                Arrays.copyOf(tickerOfRow, rows),
                Arrays.copyOf(dayOfRow, rows),
                eraStart);
    }

    int rows() {
        return eraOfRow.length;
    }

    int eraCount() {
        return eraStart.length - 1;
    }
}
