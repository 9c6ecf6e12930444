package dev.dynamos.heads;

import java.util.SplittableRandom;

/** The rows of a training slice with a finite target, as scaled inputs ready for batching. */
final class MlpTrainingRows {

    private final float[] inputs;
    private final float[] target;
    private final int columns;

    private MlpTrainingRows(float[] inputs, float[] target, int columns) {
        this.inputs = inputs;
        this.target = target;
        this.columns = columns;
    }

    /**
     * Returns the slice's rows whose target is finite; rows with a NaN target carry no loss.
     *
     * @throws IllegalArgumentException when no row has a finite target
     */
    static MlpTrainingRows of(EraSlice slice, String targetName) {
        float[] all = MlpHead.scaledInputs(slice);
        float[] allTarget = slice.target(targetName);
        int columns = slice.features().length;
        int kept = 0;
        for (float value : allTarget) {
            kept += Float.isFinite(value) ? 1 : 0;
        }
        if (kept == 0) {
            throw new IllegalArgumentException(
                    "target " + targetName + " has no finite value in the training slice");
        }
        float[] inputs = new float[kept * columns];
        float[] target = new float[kept];
        int row = 0;
        for (int r = 0; r < allTarget.length; r++) {
            if (Float.isFinite(allTarget[r])) {
                System.arraycopy(all, r * columns, inputs, row * columns, columns);
                target[row++] = allTarget[r];
            }
        }
        return new MlpTrainingRows(inputs, target, columns);
    }

    /**
     * Runs one epoch: shuffles the rows, then takes one Adam step per batch.
     *
     * @return the mean batch loss of the epoch
     */
    double trainEpoch(MlpNetwork network, int batchSize, SplittableRandom random) {
        int[] order = shuffledOrder(target.length, random);
        double lossSum = 0;
        int batches = 0;
        for (int start = 0; start < order.length; start += batchSize) {
            int size = Math.min(batchSize, order.length - start);
            lossSum += network.trainStep(batch(order, start, size), random);
            batches++;
        }
        return lossSum / batches;
    }

    private MlpBatch batch(int[] order, int start, int size) {
        float[] batchInputs = new float[size * columns];
        float[] batchTarget = new float[size];
        for (int i = 0; i < size; i++) {
            int row = order[start + i];
            System.arraycopy(inputs, row * columns, batchInputs, i * columns, columns);
            batchTarget[i] = target[row];
        }
        return MlpBatch.of(batchInputs, batchTarget);
    }

    private static int[] shuffledOrder(int n, SplittableRandom random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }
}
