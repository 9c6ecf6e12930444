package dev.dynamos.submission;

/**
 * Stable merge sort of row indices by a primitive value, so that equal values keep their row order
 * without boxing.
 */
final class StableIndexSort {

    private StableIndexSort() {}

    /** Sorts {@code order} ascending by {@code values[order[i]]}, stably. */
    static void sortByValue(int[] order, double[] values) {
        int[] buffer = new int[order.length];
        for (int width = 1; width < order.length; width *= 2) {
            for (int lo = 0; lo < order.length - width; lo += 2 * width) {
                int mid = lo + width;
                int hi = Math.min(lo + 2 * width, order.length);
                merge(order, buffer, values, lo, mid, hi);
            }
        }
    }

    private static void merge(int[] order, int[] buffer, double[] values, int lo, int mid, int hi) {
        System.arraycopy(order, lo, buffer, lo, hi - lo);
        int left = lo;
        int right = mid;
        for (int k = lo; k < hi; k++) {
            // Taking from the left on equal values is what keeps the sort stable.
            boolean takeLeft =
                    right >= hi || (left < mid && values[buffer[left]] <= values[buffer[right]]);
            order[k] = takeLeft ? buffer[left++] : buffer[right++];
        }
    }
}
