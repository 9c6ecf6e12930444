package dev.dynamos.data.prices;

/**
 * Statistics over a window {@code [from, to)} of a daily series, skipping {@code NaN} values and
 * returning {@code NaN} when fewer than {@code minCount} values are present.
 */
final class WindowStats {

    private WindowStats() {}

    static int count(double[] x, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (!Double.isNaN(x[i])) {
                n++;
            }
        }
        return n;
    }

    static double mean(double[] x, int from, int to, int minCount) {
        double sum = 0;
        int n = 0;
        for (int i = from; i < to; i++) {
            if (!Double.isNaN(x[i])) {
                sum += x[i];
                n++;
            }
        }
        return n < Math.max(1, minCount) ? Double.NaN : sum / n;
    }

    /** Returns the sample standard deviation (divisor n - 1). */
    static double std(double[] x, int from, int to, int minCount) {
        double mean = mean(x, from, to, Math.max(2, minCount));
        if (Double.isNaN(mean)) {
            return Double.NaN;
        }
        double squares = 0;
        int n = 0;
        for (int i = from; i < to; i++) {
            if (!Double.isNaN(x[i])) {
                squares += (x[i] - mean) * (x[i] - mean);
                n++;
            }
        }
        return Math.sqrt(squares / (n - 1));
    }

    /** Returns the root mean square of the negative values (zero counts for the others). */
    static double downsideDeviation(double[] x, int from, int to, int minCount) {
        double squares = 0;
        int n = 0;
        for (int i = from; i < to; i++) {
            if (!Double.isNaN(x[i])) {
                double down = Math.min(x[i], 0);
                squares += down * down;
                n++;
            }
        }
        return n < Math.max(1, minCount) ? Double.NaN : Math.sqrt(squares / n);
    }

    /** Returns the standardized central moment of the given order (3 skew, 4 kurtosis). */
    static double standardizedMoment(double[] x, int from, int to, int minCount, int order) {
        double mean = mean(x, from, to, Math.max(3, minCount));
        if (Double.isNaN(mean)) {
            return Double.NaN;
        }
        double second = 0;
        double higher = 0;
        int n = 0;
        for (int i = from; i < to; i++) {
            if (!Double.isNaN(x[i])) {
                double dev = x[i] - mean;
                second += dev * dev;
                higher += Math.pow(dev, order);
                n++;
            }
        }
        double variance = second / n;
        // A flat series has no shape; NaN keeps it out of the ranking instead of dividing by 0.
        return variance <= 0 ? Double.NaN : (higher / n) / Math.pow(variance, order / 2.0);
    }

    static double fractionPositive(double[] x, int from, int to, int minCount) {
        int positive = 0;
        int n = 0;
        for (int i = from; i < to; i++) {
            if (!Double.isNaN(x[i])) {
                positive += x[i] > 0 ? 1 : 0;
                n++;
            }
        }
        return n < Math.max(1, minCount) ? Double.NaN : (double) positive / n;
    }

    static double max(double[] x, int from, int to, int minCount) {
        double max = Double.NEGATIVE_INFINITY;
        int n = 0;
        for (int i = from; i < to; i++) {
            if (!Double.isNaN(x[i])) {
                max = Math.max(max, x[i]);
                n++;
            }
        }
        return n < Math.max(1, minCount) ? Double.NaN : max;
    }

    static double min(double[] x, int from, int to, int minCount) {
        double min = Double.POSITIVE_INFINITY;
        int n = 0;
        for (int i = from; i < to; i++) {
            if (!Double.isNaN(x[i])) {
                min = Math.min(min, x[i]);
                n++;
            }
        }
        return n < Math.max(1, minCount) ? Double.NaN : min;
    }

    /**
     * Regresses {@code y} on {@code x} over the days where both are present.
     *
     * @return {beta, correlation, residual standard deviation}, all NaN when too few pairs or
     *     {@code x} is flat
     */
    static double[] regression(double[] y, double[] x, int from, int to, int minCount) {
        double sx = 0;
        double sy = 0;
        int n = 0;
        for (int i = from; i < to; i++) {
            if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
                sx += x[i];
                sy += y[i];
                n++;
            }
        }
        double[] none = {Double.NaN, Double.NaN, Double.NaN};
        if (n < Math.max(3, minCount)) {
            return none;
        }
        double mx = sx / n;
        double my = sy / n;
        double sxx = 0;
        double syy = 0;
        double sxy = 0;
        for (int i = from; i < to; i++) {
            if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
                sxx += (x[i] - mx) * (x[i] - mx);
                syy += (y[i] - my) * (y[i] - my);
                sxy += (x[i] - mx) * (y[i] - my);
            }
        }
        if (sxx <= 0 || syy <= 0) {
            return none;
        }
        double beta = sxy / sxx;
        double residual = Math.max(0, syy - beta * sxy);
        return new double[] {beta, sxy / Math.sqrt(sxx * syy), Math.sqrt(residual / (n - 2))};
    }
}
