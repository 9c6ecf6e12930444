package dev.dynamos.scoring;

/** A stable ascending argsort of doubles on primitive arrays (merge sort of row indices). */
final class StableOrder {

    private StableOrder() {}

    /**
     * Returns the row indices ordered by ascending value, equal values kept in row order.
     *
     * @param values values without NaN; not modified
     * @return a permutation of {@code 0..n-1}
     */
    static int[] ascending(double[] values) {
        int n = values.length;
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        int[] buffer = new int[n];
        for (int width = 1; width < n; width *= 2) {
            for (int lo = 0; lo < n - width; lo += 2 * width) {
                merge(values, order, buffer, lo, lo + width, Math.min(lo + 2 * width, n));
            }
        }
        return order;
    }

    private static void merge(double[] values, int[] order, int[] buffer, int lo, int mid, int hi) {
        System.arraycopy(order, lo, buffer, lo, hi - lo);
        int left = lo;
        int right = mid;
        for (int out = lo; out < hi; out++) {
            // Taking from the left run on ties keeps equal values in row order.
            if (right >= hi || (left < mid && values[buffer[left]] <= values[buffer[right]])) {
                order[out] = buffer[left++];
            } else {
                order[out] = buffer[right++];
            }
        }
    }
}
