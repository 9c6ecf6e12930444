package dev.dynamos.data.prices;

/**
 * One ticker's daily series prepared for features, and the features themselves as functions of an
 * era day {@code d}. Every method reads days {@code <= d} only, which is what keeps features free
 * of look-ahead.
 *
 * <p>Returns use the adjusted close where present and the close otherwise. Across an empty row the
 * last price is carried forward, so the gap shows as one flat day and the move lands on the next
 * traded day. Open, high and low are scaled by the day's adjusted-to-raw close ratio so that splits
 * do not show as gaps or drawdowns. A window of {@code w} days needs a price {@code w} days before
 * {@code d}; windowed means over daily values need at least half the window present.
 */
final class TickerSeries {

    private final int firstValid;
    private final int lastValid;
    private final boolean[] traded;
    private final double[] price;
    private final double[] returns;
    private final double[] open;
    private final double[] high;
    private final double[] low;
    private final double[] volume;
    private final double[] dollarVolume;
    private final double[] range;
    private final double[] closeLocation;
    private final double[] gap;
    private MarketSeries market;

    TickerSeries(PriceHistory history, int t) {
        int days = history.dayCount();
        double[] close = history.close(t);
        traded = new boolean[days];
        price = new double[days];
        returns = new double[days];
        open = new double[days];
        high = new double[days];
        low = new double[days];
        volume = new double[days];
        dollarVolume = new double[days];
        range = new double[days];
        closeLocation = new double[days];
        gap = new double[days];
        int first = -1;
        int last = -1;
        double carried = Double.NaN;
        for (int d = 0; d < days; d++) {
            traded[d] = !Double.isNaN(close[d]) && close[d] > 0;
            if (traded[d]) {
                first = first < 0 ? d : first;
                last = d;
            }
            double adjusted = adjusted(history, t, d);
            double previous = carried;
            carried = traded[d] ? adjusted : carried;
            price[d] = carried;
            returns[d] = previous > 0 ? carried / previous - 1 : Double.NaN;
            fillDay(history, t, d, adjusted / close[d], previous);
        }
        firstValid = first;
        lastValid = last;
    }

    private static double adjusted(PriceHistory history, int t, int d) {
        double adj = history.adjClose(t)[d];
        return Double.isNaN(adj) || adj <= 0 ? history.close(t)[d] : adj;
    }

    private void fillDay(PriceHistory history, int t, int d, double factor, double previous) {
        boolean on = traded[d];
        double close = history.close(t)[d];
        open[d] = on ? history.open(t)[d] * factor : Double.NaN;
        high[d] = on ? history.high(t)[d] * factor : Double.NaN;
        low[d] = on ? history.low(t)[d] * factor : Double.NaN;
        volume[d] = on ? history.volume(t)[d] : Double.NaN;
        dollarVolume[d] = on ? close * volume[d] : Double.NaN;
        range[d] = on && close > 0 ? (high[d] - low[d]) / price[d] : Double.NaN;
        double span = high[d] - low[d];
        closeLocation[d] = on && span > 0 ? (price[d] - low[d]) / span : Double.NaN;
        gap[d] = on && previous > 0 ? open[d] / previous - 1 : Double.NaN;
    }

    void attach(MarketSeries market) {
        this.market = market;
    }

    /** Returns whether the ticker has a usable row on day {@code d}. */
    boolean traded(int d) {
        return traded[d];
    }

    /** Returns the last day with a usable row, or -1 when there is none. */
    int lastValid() {
        return lastValid;
    }

    /** Returns the daily return into day {@code d} when the ticker traded that day, else NaN. */
    double tradedReturn(int d) {
        return traded[d] ? returns[d] : Double.NaN;
    }

    /**
     * Returns the adjusted price at day {@code d}, carried over empty rows (NaN before listing).
     */
    double price(int d) {
        return price[d];
    }

    /** Returns whether day {@code d - w} is on or after the first traded day. */
    boolean covers(int d, int w) {
        return firstValid >= 0 && d - w >= firstValid;
    }

    double ret(int d, int k) {
        return retSkip(d, k, 0);
    }

    /** Returns the return from day {@code d - k} to day {@code d - skip}. */
    double retSkip(int d, int k, int skip) {
        return covers(d, k) ? price[d - skip] / price[d - k] - 1 : Double.NaN;
    }

    /** Returns the return over {@code k} days minus the market's compounded return. */
    double excessRet(int d, int k) {
        return ret(d, k) - market.compounded(d, k);
    }

    double gap(int d) {
        return gap[d];
    }

    double volatility(int d, int w) {
        return covers(d, w) ? WindowStats.std(returns, d - w + 1, d + 1, w / 2) : Double.NaN;
    }

    double downsideVolatility(int d, int w) {
        return covers(d, w)
                ? WindowStats.downsideDeviation(returns, d - w + 1, d + 1, w / 2)
                : Double.NaN;
    }

    double volatilityRatio(int d, int shortW, int longW) {
        return volatility(d, shortW) / volatility(d, longW);
    }

    /** Returns the price over its {@code w}-day simple moving average, minus 1. */
    double priceToAverage(int d, int w) {
        return price[d] / average(d, w) - 1;
    }

    /** Returns the {@code shortW}-day moving average over the {@code longW}-day one, minus 1. */
    double averageCross(int d, int shortW, int longW) {
        return average(d, shortW) / average(d, longW) - 1;
    }

    private double average(int d, int w) {
        return covers(d, w - 1) ? WindowStats.mean(price, d - w + 1, d + 1, w) : Double.NaN;
    }

    /** Returns the price over the highest high of the last {@code w} days, minus 1 (at most 0). */
    double drawdownFromHigh(int d, int w) {
        double top = covers(d, w) ? WindowStats.max(high, d - w + 1, d + 1, w / 2) : Double.NaN;
        return price[d] / Math.max(top, price[d]) - 1;
    }

    /** Returns the price over the lowest low of the last {@code w} days, minus 1 (at least 0). */
    double distanceFromLow(int d, int w) {
        double bottom = covers(d, w) ? WindowStats.min(low, d - w + 1, d + 1, w / 2) : Double.NaN;
        return price[d] / Math.min(bottom, price[d]) - 1;
    }

    double volumeRatio(int d, int shortW, int longW) {
        return meanOf(volume, d, shortW) / meanOf(volume, d, longW);
    }

    double dollarVolume(int d, int w) {
        return meanOf(dollarVolume, d, w);
    }

    /** Returns the coefficient of variation of daily volume over {@code w} days. */
    double volumeVariation(int d, int w) {
        double std =
                covers(d, w - 1) ? WindowStats.std(volume, d - w + 1, d + 1, w / 2) : Double.NaN;
        return std / meanOf(volume, d, w);
    }

    /** Returns Amihud's illiquidity: mean absolute return per dollar traded over {@code w} days. */
    double illiquidity(int d, int w) {
        if (!covers(d, w)) {
            return Double.NaN;
        }
        double[] ratio = new double[w];
        for (int i = 0; i < w; i++) {
            int day = d - w + 1 + i;
            double dollars = dollarVolume[day];
            ratio[i] = dollars > 0 ? Math.abs(returns[day]) / dollars : Double.NaN;
        }
        return WindowStats.mean(ratio, 0, w, w / 2);
    }

    double range(int d) {
        return range[d];
    }

    double meanRange(int d, int w) {
        return meanOf(range, d, w);
    }

    double rangeRatio(int d, int shortW, int longW) {
        return meanRange(d, shortW) / meanRange(d, longW);
    }

    double closeLocation(int d, int w) {
        return meanOf(closeLocation, d, w);
    }

    double meanAbsGap(int d, int w) {
        if (!covers(d, w)) {
            return Double.NaN;
        }
        double sum = 0;
        int n = 0;
        for (int day = d - w + 1; day <= d; day++) {
            if (!Double.isNaN(gap[day])) {
                sum += Math.abs(gap[day]);
                n++;
            }
        }
        return n < w / 2 ? Double.NaN : sum / n;
    }

    double skew(int d, int w) {
        return covers(d, w)
                ? WindowStats.standardizedMoment(returns, d - w + 1, d + 1, w / 2, 3)
                : Double.NaN;
    }

    double kurtosis(int d, int w) {
        return covers(d, w)
                ? WindowStats.standardizedMoment(returns, d - w + 1, d + 1, w / 2, 4)
                : Double.NaN;
    }

    double upRatio(int d, int w) {
        return covers(d, w)
                ? WindowStats.fractionPositive(returns, d - w + 1, d + 1, w / 2)
                : Double.NaN;
    }

    double maxReturn(int d, int w) {
        return covers(d, w) ? WindowStats.max(returns, d - w + 1, d + 1, w / 2) : Double.NaN;
    }

    double minReturn(int d, int w) {
        return covers(d, w) ? WindowStats.min(returns, d - w + 1, d + 1, w / 2) : Double.NaN;
    }

    /** Returns {beta, correlation, residual volatility} against the market over {@code w} days. */
    double[] marketRegression(int d, int w) {
        if (!covers(d, w)) {
            return new double[] {Double.NaN, Double.NaN, Double.NaN};
        }
        return WindowStats.regression(returns, market.returns(), d - w + 1, d + 1, (2 * w) / 3);
    }

    private double meanOf(double[] series, int d, int w) {
        return covers(d, w - 1) ? WindowStats.mean(series, d - w + 1, d + 1, w / 2) : Double.NaN;
    }
}
