package dev.dynamos.scoring;

/** Small numeric helpers shared by the scoring functions: sums, means, deviations, checks. */
final class Stats {

    private Stats() {}

    /** Returns the dot product of two equally long vectors. */
    static double dot(double[] a, double[] b) {
        double sum = 0.0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    /** Returns the mean of the values (NaN for none). */
    static double mean(double[] values) {
        double sum = 0.0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    /** Returns the population standard deviation (ddof 0), computed around the mean. */
    static double std(double[] values) {
        double mean = mean(values);
        double squares = 0.0;
        for (double v : values) {
            double d = v - mean;
            squares += d * d;
        }
        return Math.sqrt(squares / values.length);
    }

    /**
     * Returns the Pearson correlation of {@code a[rows[i]]} and {@code b[rows[i]]} for the first
     * {@code count} entries of {@code rows}, centring first like NumPy's {@code corrcoef} and
     * clipping to [-1, 1].
     */
    static double pearson(double[] a, double[] b, int[] rows, int count) {
        double sumA = 0.0;
        double sumB = 0.0;
        for (int i = 0; i < count; i++) {
            sumA += a[rows[i]];
            sumB += b[rows[i]];
        }
        double meanA = sumA / count;
        double meanB = sumB / count;
        double cross = 0.0;
        double squaresA = 0.0;
        double squaresB = 0.0;
        for (int i = 0; i < count; i++) {
            double da = a[rows[i]] - meanA;
            double db = b[rows[i]] - meanB;
            cross += da * db;
            squaresA += da * da;
            squaresB += db * db;
        }
        return clip(cross / Math.sqrt(squaresA * squaresB));
    }

    /** Returns the Pearson correlation of the first {@code count} entries of two vectors. */
    static double pearson(double[] a, double[] b, int count) {
        double sumA = 0.0;
        double sumB = 0.0;
        for (int i = 0; i < count; i++) {
            sumA += a[i];
            sumB += b[i];
        }
        double meanA = sumA / count;
        double meanB = sumB / count;
        double cross = 0.0;
        double squaresA = 0.0;
        double squaresB = 0.0;
        for (int i = 0; i < count; i++) {
            double da = a[i] - meanA;
            double db = b[i] - meanB;
            cross += da * db;
            squaresA += da * da;
            squaresB += db * db;
        }
        return clip(cross / Math.sqrt(squaresA * squaresB));
    }

    /** Returns the Pearson correlation of two equally long vectors without NaN. */
    static double pearson(double[] a, double[] b) {
        return pearson(a, b, a.length);
    }

    private static double clip(double r) {
        return Double.isNaN(r) ? r : Math.max(-1.0, Math.min(1.0, r));
    }

    /** Throws when the two arrays differ in length, naming both. */
    static void checkSameLength(String nameA, double[] a, String nameB, double[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException(
                    nameA + " has " + a.length + " values but " + nameB + " has " + b.length);
        }
    }

    /** Returns the values at the given rows. */
    static double[] gather(double[] values, int[] rows, int count) {
        double[] result = new double[count];
        for (int i = 0; i < count; i++) {
            result[i] = values[rows[i]];
        }
        return result;
    }
}
