package dev.dynamos.data.prices;

/**
 * Targets from forward returns: the return from an era day's close to the close {@code h} trading
 * days later, NaN when that day is past the end of the prices or after the ticker's last row.
 */
final class PriceTargets {

    private PriceTargets() {}

    /** Returns each row's raw forward return over {@code horizon} trading days. */
    static double[] forwardReturns(
            EraRows rows, TickerSeries[] tickers, int dayCount, int horizon) {
        double[] forward = new double[rows.rows()];
        for (int r = 0; r < forward.length; r++) {
            TickerSeries ticker = tickers[rows.tickerOfRow[r]];
            int day = rows.dayOfRow[r];
            int end = day + horizon;
            boolean known = end < dayCount && ticker.lastValid() >= end;
            forward[r] = known ? ticker.price(end) / ticker.price(day) - 1 : Double.NaN;
        }
        return forward;
    }

    /**
     * Returns Numerai-style targets: each era's forward returns minus the era's mean, ranked into
     * the five levels {0, 0.25, 0.5, 0.75, 1}; NaN where the forward return is unknown.
     */
    static float[] rankedExcess(EraRows rows, double[] forward) {
        double[] excess = forward.clone();
        float[] levels = new float[forward.length];
        for (int e = 0; e < rows.eraCount(); e++) {
            int from = rows.eraStart[e];
            int to = rows.eraStart[e + 1];
            double mean = WindowStats.mean(excess, from, to, 1);
            for (int r = from; r < to; r++) {
                excess[r] -= mean;
            }
            EraRanks.targetLevels(excess, from, to, levels);
        }
        return levels;
    }

    static float[] asFloats(double[] values) {
        float[] floats = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            floats[i] = (float) values[i];
        }
        return floats;
    }
}
