package dev.dynamos.scoring;

import dev.dynamos.common.BadInputException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Matches two id-keyed inputs row by row, as numerai-tools' {@code filter_sort_index}: ids with NaN
 * on either side drop out, the rest are sorted by id, and the call fails when either input loses
 * more than the allowed share of its ids.
 */
public final class IdAlignment {

    private IdAlignment() {}

    /**
     * The matched rows of two inputs, sorted by id.
     *
     * @param ids the ids both inputs hold with non-NaN values, ascending
     * @param left the left input's values for {@code ids}
     * @param right the right input's values for {@code ids}
     */
    public record Aligned(String[] ids, double[] left, double[] right) {}

    /**
     * Returns the rows both inputs hold, sorted by id.
     *
     * <ol>
     *   <li>Drop ids whose value is NaN on either side.
     *   <li>Keep the ids present on both sides and sort them (string order).
     *   <li>Fail when the kept ids are fewer than {@code 1 - maxFilteredRatio} of either input's
     *       ids (NaN rows included in the count, as in numerai-tools).
     * </ol>
     *
     * @param leftIds ids of the left input, unique
     * @param left values of the left input; not modified
     * @param leftName the left input's name in messages, such as {@code predictions}
     * @param rightIds ids of the right input, unique
     * @param right values of the right input; not modified
     * @param rightName the right input's name in messages, such as {@code target}
     * @param maxFilteredRatio share of either input's ids that may be lost, in [0, 1]
     * @return the aligned rows
     * @throws BadInputException {@code too_few_overlapping_ids} naming the side that lacks overlap,
     *     or {@code duplicate_ids}
     */
    public static Aligned align(
            String[] leftIds,
            double[] left,
            String leftName,
            String[] rightIds,
            double[] right,
            String rightName,
            double maxFilteredRatio) {
        checkLengths(leftIds, left, leftName);
        checkLengths(rightIds, right, rightName);
        Map<String, Integer> rightRow = indexOf(rightIds, right, rightName);
        String[] ids = matchedIds(leftIds, left, rightRow);
        requireOverlap(
                ids.length, leftName, leftIds.length, rightName, rightIds.length, maxFilteredRatio);

        Map<String, Integer> leftRow = indexOf(leftIds, left, leftName);
        double[] alignedLeft = new double[ids.length];
        double[] alignedRight = new double[ids.length];
        for (int i = 0; i < ids.length; i++) {
            alignedLeft[i] = left[leftRow.get(ids[i])];
            alignedRight[i] = right[rightRow.get(ids[i])];
        }
        return new Aligned(ids, alignedLeft, alignedRight);
    }

    /**
     * Fails when {@code matched} rows are fewer than {@code 1 - maxFilteredRatio} of either side.
     *
     * @param matched rows kept on both sides
     * @param leftName the left input's name
     * @param leftCount rows of the left input before matching
     * @param rightName the right input's name
     * @param rightCount rows of the right input before matching
     * @param maxFilteredRatio share of rows that may be lost, in [0, 1]
     * @throws BadInputException {@code too_few_overlapping_ids} naming the side that lacks overlap
     */
    public static void requireOverlap(
            int matched,
            String leftName,
            int leftCount,
            String rightName,
            int rightCount,
            double maxFilteredRatio) {
        checkSide(matched, leftName, leftCount, rightName, maxFilteredRatio);
        checkSide(matched, rightName, rightCount, leftName, maxFilteredRatio);
    }

    private static void checkSide(
            int matched, String side, int count, String other, double maxFilteredRatio) {
        if ((double) matched / count >= 1.0 - maxFilteredRatio) {
            return;
        }
        throw new BadInputException(
                "too_few_overlapping_ids",
                String.format(
                        Locale.ROOT,
                        "%s does not have enough overlapping ids with %s: %d of its %d ids"
                                + " matched (non-NaN on both sides), at least %.0f%% are needed;"
                                + " check that both come from the same data version and rows",
                        side,
                        other,
                        matched,
                        count,
                        100.0 * (1.0 - maxFilteredRatio)));
    }

    private static String[] matchedIds(
            String[] leftIds, double[] left, Map<String, Integer> rightRow) {
        String[] ids = new String[leftIds.length];
        int count = 0;
        for (int i = 0; i < leftIds.length; i++) {
            if (!Double.isNaN(left[i]) && rightRow.containsKey(leftIds[i])) {
                ids[count++] = leftIds[i];
            }
        }
        ids = Arrays.copyOf(ids, count);
        Arrays.sort(ids);
        return ids;
    }

    private static Map<String, Integer> indexOf(String[] ids, double[] values, String name) {
        Map<String, Integer> rows = new HashMap<>(ids.length * 2);
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] == null) {
                throw new BadInputException("missing_id", name + " has no id at row " + i);
            }
            if (rows.containsKey(ids[i])) {
                throw new BadInputException(
                        "duplicate_ids", name + " holds id '" + ids[i] + "' more than once");
            }
            rows.put(ids[i], i);
        }
        rows.values().removeIf(row -> Double.isNaN(values[row]));
        return rows;
    }

    private static void checkLengths(String[] ids, double[] values, String name) {
        if (ids.length != values.length) {
            throw new IllegalArgumentException(
                    name + " has " + ids.length + " ids but " + values.length + " values");
        }
    }
}
