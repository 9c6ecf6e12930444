package dev.dynamos.agent;

import dev.dynamos.data.DataType;
import dev.dynamos.data.EraTable;
import dev.dynamos.data.FeatureSets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Small era tables for agent tests: the target follows feature 0 in even eras, 1 in odd eras. */
final class AgentTestData {

    static final String TARGET = "target";

    private AgentTestData() {}

    static EraTable table(long seed, int eras, int rowsPerEra, int features) {
        Random random = new Random(seed);
        int rows = eras * rowsPerEra;
        String[] ids = new String[rows];
        int[] eraOfRow = new int[rows];
        DataType[] types = new DataType[rows];
        byte[][] columns = new byte[features][rows];
        float[] target = new float[rows];
        for (int r = 0; r < rows; r++) {
            int era = r / rowsPerEra;
            ids[r] = "id" + r;
            eraOfRow[r] = era + 1;
            types[r] = DataType.TRAIN;
            for (int f = 0; f < features; f++) {
                columns[f][r] = (byte) random.nextInt(5);
            }
            int signal = era % 2;
            double value = 0.5 + 0.1 * (columns[signal][r] - 2) + 0.1 * random.nextGaussian();
            target[r] = (float) Math.max(0, Math.min(1, value));
        }
        List<String> names = new ArrayList<>();
        for (int f = 0; f < features; f++) {
            names.add("feature_" + f);
        }
        Map<String, List<String>> sets = new LinkedHashMap<>();
        sets.put("all", names);
        sets.put("first", names.subList(0, features / 2));
        sets.put("second", names.subList(features / 2, features));
        FeatureSets featureSets = new FeatureSets(sets, List.of("first", "second"));
        return new EraTable(
                ids,
                eraOfRow,
                types,
                names,
                columns,
                List.of(TARGET),
                new float[][] {target},
                featureSets);
    }

    static EraTable withTargets(EraTable base, float[] target) {
        byte[][] columns = new byte[base.featureCount()][];
        for (int f = 0; f < columns.length; f++) {
            columns[f] = base.column(f);
        }
        return withColumns(base, columns, target);
    }

    static EraTable withColumns(EraTable base, byte[][] columns, float[] target) {
        String[] ids = new String[base.rows()];
        int[] eraOfRow = new int[base.rows()];
        DataType[] types = new DataType[base.rows()];
        for (int r = 0; r < ids.length; r++) {
            ids[r] = base.id(r);
            eraOfRow[r] = base.era(base.eraIndexOfRow(r));
            types[r] = base.dataType(r);
        }
        return new EraTable(
                ids,
                eraOfRow,
                types,
                base.featureNames(),
                columns,
                List.of(TARGET),
                new float[][] {target},
                base.featureSets());
    }

    static int[] range(int from, int to) {
        int[] result = new int[to - from];
        for (int i = 0; i < result.length; i++) {
            result[i] = from + i;
        }
        return result;
    }
}
