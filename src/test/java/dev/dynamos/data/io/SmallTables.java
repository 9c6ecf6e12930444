package dev.dynamos.data.io;

import dev.dynamos.data.DataType;
import dev.dynamos.data.EraTable;
import dev.dynamos.data.FeatureSets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Builds small Numerai-shaped tables for tests. */
public final class SmallTables {

    static final List<String> FEATURES =
            List.of(
                    "feature_alpha",
                    "feature_beta",
                    "feature_gamma",
                    "feature_delta",
                    "feature_epsilon");
    static final List<String> TARGETS = List.of("target", "target_aux_20");

    private SmallTables() {}

    /**
     * Returns a table with eras 1..eras ({@code rowsPerEra} rows each); the last two eras are
     * validation and test, and one extra live era follows; the auxiliary target has NaN cells and
     * every target is NaN in test and live rows.
     */
    public static EraTable table(int eras, int rowsPerEra, long seed) {
        Random random = new Random(seed);
        int rows = (eras + 1) * rowsPerEra;
        String[] ids = new String[rows];
        int[] eraOfRow = new int[rows];
        DataType[] types = new DataType[rows];
        byte[][] features = new byte[FEATURES.size()][rows];
        float[][] targets = new float[TARGETS.size()][rows];
        for (int r = 0; r < rows; r++) {
            int era = r / rowsPerEra + 1;
            ids[r] = "n" + Long.toHexString(random.nextLong() & 0xffffffffffffL) + "x" + r;
            eraOfRow[r] = era;
            types[r] = typeOf(era, eras);
            for (byte[] column : features) {
                column[r] = (byte) random.nextInt(5);
            }
            boolean known = types[r] == DataType.TRAIN || types[r] == DataType.VALIDATION;
            targets[0][r] = known ? random.nextInt(5) / 4f : Float.NaN;
            targets[1][r] = known && random.nextInt(4) > 0 ? random.nextInt(7) / 6f : Float.NaN;
        }
        return new EraTable(
                ids, eraOfRow, types, FEATURES, features, TARGETS, targets, featureSets());
    }

    public static FeatureSets featureSets() {
        Map<String, List<String>> sets = new LinkedHashMap<>();
        sets.put("small", FEATURES.subList(0, 2));
        sets.put("medium", FEATURES.subList(0, 4));
        sets.put("all", FEATURES);
        sets.put("wisdom", List.of("feature_alpha", "feature_gamma"));
        sets.put("agility", List.of("feature_beta", "feature_delta", "feature_epsilon"));
        return new FeatureSets(sets, List.of("wisdom", "agility"));
    }

    private static DataType typeOf(int era, int eras) {
        if (era > eras) {
            return DataType.LIVE;
        }
        if (era == eras) {
            return DataType.TEST;
        }
        return era == eras - 1 ? DataType.VALIDATION : DataType.TRAIN;
    }
}
