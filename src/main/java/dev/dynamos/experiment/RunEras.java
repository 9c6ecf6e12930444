package dev.dynamos.experiment;

import dev.dynamos.data.DataType;
import dev.dynamos.data.EraTable;
import java.util.Arrays;

/**
 * The eras of a table by role: training eras (data type {@code train}) and validation eras (data
 * type {@code validation}, which have targets). An era's role is its first row's data type; test
 * and live eras have no role here.
 *
 * @param train training era indices, ascending
 * @param validation validation era indices, ascending
 */
public record RunEras(int[] train, int[] validation) {

    /** Returns the training and validation eras of a table. */
    public static RunEras of(EraTable table) {
        int[] train = new int[table.eraCount()];
        int[] validation = new int[table.eraCount()];
        int trainCount = 0;
        int validationCount = 0;
        for (int e = 0; e < table.eraCount(); e++) {
            DataType type = table.dataType(table.eraStart(e));
            if (type == DataType.TRAIN) {
                train[trainCount++] = e;
            } else if (type == DataType.VALIDATION) {
                validation[validationCount++] = e;
            }
        }
        return new RunEras(
                Arrays.copyOf(train, trainCount), Arrays.copyOf(validation, validationCount));
    }

    /** Returns the era numbers of the given era indices. */
    public static int[] numbers(EraTable table, int[] eraIndices) {
        int[] numbers = new int[eraIndices.length];
        for (int i = 0; i < numbers.length; i++) {
            numbers[i] = table.era(eraIndices[i]);
        }
        return numbers;
    }
}
