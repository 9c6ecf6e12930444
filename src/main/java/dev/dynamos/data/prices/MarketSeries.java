package dev.dynamos.data.prices;

/**
 * The equal-weight market: each day's mean daily return over the tickers that traded that day, and
 * its compounded index. Day {@code d} uses only prices of days {@code d - 1} and {@code d}.
 */
final class MarketSeries {

    private final double[] returns;
    private final double[] index;

    private MarketSeries(double[] returns, double[] index) {
        this.returns = returns;
        this.index = index;
    }

    /** Builds the market from every ticker's daily returns. */
    static MarketSeries of(TickerSeries[] tickers, int dayCount) {
        double[] returns = new double[dayCount];
        double[] index = new double[dayCount];
        double level = 1;
        for (int d = 0; d < dayCount; d++) {
            double sum = 0;
            int n = 0;
            for (TickerSeries ticker : tickers) {
                double r = ticker.tradedReturn(d);
                if (!Double.isNaN(r)) {
                    sum += r;
                    n++;
                }
            }
            returns[d] = n == 0 ? Double.NaN : sum / n;
            level *= n == 0 ? 1 : 1 + returns[d];
            index[d] = level;
        }
        return new MarketSeries(returns, index);
    }

    /** Returns the daily market returns; do not modify. */
    double[] returns() {
        return returns;
    }

    /**
     * Returns the compounded market return from the close of day {@code d - k} to day {@code d}.
     */
    double compounded(int d, int k) {
        return d - k < 0 ? Double.NaN : index[d] / index[d - k] - 1;
    }
}
