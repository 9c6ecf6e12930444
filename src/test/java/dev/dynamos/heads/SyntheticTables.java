package dev.dynamos.heads;

import dev.dynamos.data.DataType;
import dev.dynamos.data.EraTable;
import dev.dynamos.data.FeatureSets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Small era tables for tests: features uniform on 0..4, and a target binned into Numerai's five
 * levels from a noisy sum of the first {@code signalFeatures} features.
 */
public final class SyntheticTables {

    private SyntheticTables() {}

    /**
     * Builds a table.
     *
     * @param eras number of eras, numbered from 1
     * @param rowsPerEra rows in each era
     * @param features feature columns
     * @param signalFeatures leading features that drive the target
     * @param seed generator seed
     * @return a table of train rows with targets {@code target} and {@code target_aux_60}
     */
    public static EraTable table(
            int eras, int rowsPerEra, int features, int signalFeatures, long seed) {
        return table(eras, rowsPerEra, features, signalFeatures, seed, 0, 0);
    }

    /**
     * Builds a table whose last eras are validation and live eras.
     *
     * @param validationEras eras of data type validation, before the live eras
     * @param liveEras final eras of data type live, with NaN targets
     * @return the table
     * @see #table(int, int, int, int, long)
     */
    public static EraTable table(
            int eras,
            int rowsPerEra,
            int features,
            int signalFeatures,
            long seed,
            int validationEras,
            int liveEras) {
        SplittableRandom random = new SplittableRandom(seed);
        int rows = eras * rowsPerEra;
        String[] ids = new String[rows];
        int[] eraOfRow = new int[rows];
        DataType[] types = new DataType[rows];
        byte[][] columns = new byte[features][rows];
        float[] target = new float[rows];
        float[] aux = new float[rows];
        for (int r = 0; r < rows; r++) {
            ids[r] = String.format("n%08d", r);
            eraOfRow[r] = 1 + r / rowsPerEra;
            int era = r / rowsPerEra;
            types[r] =
                    era >= eras - liveEras
                            ? DataType.LIVE
                            : era >= eras - liveEras - validationEras
                                    ? DataType.VALIDATION
                                    : DataType.TRAIN;
            double signal = 0;
            for (int f = 0; f < features; f++) {
                columns[f][r] = (byte) random.nextInt(5);
                if (f < signalFeatures) {
                    signal += columns[f][r] - 2;
                }
            }
            double noisy = signal + 2.5 * random.nextGaussian() * Math.sqrt(signalFeatures);
            target[r] = bin(noisy / Math.sqrt(signalFeatures));
            aux[r] = r % 7 == 0 ? Float.NaN : target[r];
            if (types[r] == DataType.LIVE) {
                target[r] = Float.NaN;
                aux[r] = Float.NaN;
            }
        }
        List<String> names = new ArrayList<>();
        for (int f = 0; f < features; f++) {
            names.add(String.format("feature_%03d", f));
        }
        return new EraTable(
                ids,
                eraOfRow,
                types,
                names,
                columns,
                List.of("target", "target_aux_60"),
                new float[][] {target, aux},
                FeatureSets.allOnly(names));
    }

    private static float bin(double z) {
        if (z < -1.6) {
            return 0f;
        }
        if (z < -0.5) {
            return 0.25f;
        }
        if (z < 0.5) {
            return 0.5f;
        }
        return z < 1.6 ? 0.75f : 1f;
    }

    /** Returns the era indices {@code from} (inclusive) to {@code to} (exclusive). */
    public static int[] range(int from, int to) {
        int[] eras = new int[to - from];
        for (int i = 0; i < eras.length; i++) {
            eras[i] = from + i;
        }
        return eras;
    }

    /** Returns the mean over eras of the Pearson correlation of predictions with the target. */
    public static double meanEraPearson(EraSlice slice, float[] predictions, String target) {
        float[] y = slice.target(target);
        double sum = 0;
        int offset = 0;
        for (int e : slice.eraIndices()) {
            int size = slice.table().eraSize(e);
            sum += pearson(predictions, y, offset, size);
            offset += size;
        }
        return sum / slice.eraIndices().length;
    }

    private static double pearson(float[] a, float[] b, int from, int size) {
        double meanA = 0;
        double meanB = 0;
        for (int i = from; i < from + size; i++) {
            meanA += a[i];
            meanB += b[i];
        }
        meanA /= size;
        meanB /= size;
        double ab = 0;
        double aa = 0;
        double bb = 0;
        for (int i = from; i < from + size; i++) {
            ab += (a[i] - meanA) * (b[i] - meanB);
            aa += (a[i] - meanA) * (a[i] - meanA);
            bb += (b[i] - meanB) * (b[i] - meanB);
        }
        return ab / Math.sqrt(aa * bb);
    }
}
