package dev.dynamos.cli;

import dev.dynamos.data.DataType;
import dev.dynamos.data.EraTable;
import dev.dynamos.data.FeatureSets;
import dev.dynamos.heads.BoosterParams;
import dev.dynamos.heads.Device;
import dev.dynamos.heads.DirectFits;
import dev.dynamos.heads.EraSlice;
import dev.dynamos.heads.Head;
import dev.dynamos.heads.HeadKind;
import dev.dynamos.heads.Heads;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dynamos bench heads}: (a) fit time through each booster head against a direct library call
 * on the same arrays with the same parameters, interleaved in one run; (b) head fit time as rows
 * grow. Data are synthetic: features uniform on 0..4, a target from a noisy sum of five.
 */
@Command(
        name = "heads",
        mixinStandardHelpOptions = true,
        description = "Time booster heads against direct library calls, and fit time by rows.")
public final class BenchHeadsCommand implements Callable<Integer> {

    private static final int SIGNAL_FEATURES = 5;
    private static final int ROWS_PER_ERA = 5000;

    @Option(
            names = "--rows",
            defaultValue = "100000,200000,400000",
            split = ",",
            description = "Row counts for the scaling table; the first is used for the overhead.")
    int[] rows;

    @Option(names = "--features", defaultValue = "100", description = "Feature columns.")
    int features;

    @Option(names = "--trees", defaultValue = "100", description = "Boosting rounds per fit.")
    int trees;

    @Option(names = "--threads", defaultValue = "2", description = "Native threads.")
    int threads;

    @Option(names = "--repeats", defaultValue = "3", description = "Fits per way (median kept).")
    int repeats;

    @Option(names = "--seed", defaultValue = "42", description = "Data and booster seed.")
    long seed;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        BoosterParams params =
                new BoosterParams(
                        trees, 0.05, 5, 31, 1.0, 20, 1.0, 10, threads, seed, Device.CPU, Map.of());
        out.printf(
                "bench heads: %d features, %d trees, %d threads, seed %d, median of %d%n",
                features, trees, threads, seed, repeats);
        out.println("(a) overhead at " + rows[0] + " rows: head fit vs direct library call");
        out.println("booster   head_s  direct_s  overhead");
        EraTable table = table(rows[0]);
        for (HeadKind kind : HeadKind.values()) {
            double[] times = overhead(kind, table, params);
            out.printf(
                    "%-8s %7.3f %9.3f %8.1f%%%n",
                    kind.label(), times[0], times[1], 100 * (times[0] / times[1] - 1));
            out.flush();
        }
        out.println("(b) head fit time by rows");
        out.println("rows      xgboost_s  lightgbm_s");
        for (int count : rows) {
            EraTable scaled = table(count);
            out.printf(
                    "%-9d %9.3f %11.3f%n",
                    count,
                    median(() -> headFit(HeadKind.XGBOOST, scaled, params)),
                    median(() -> headFit(HeadKind.LIGHTGBM, scaled, params)));
            out.flush();
        }
        return 0;
    }

    private double[] overhead(HeadKind kind, EraTable table, BoosterParams params) {
        EraSlice slice = EraSlice.allFeatures(table, allEras(table));
        float[] matrix = slice.denseRowMajor();
        float[] labels = slice.target("target");
        double[] head = new double[repeats];
        double[] direct = new double[repeats];
        for (int i = 0; i < repeats; i++) {
            // Interleaved so that load from other processes hits both ways alike.
            head[i] = headFit(kind, table, params);
            long started = System.nanoTime();
            if (kind == HeadKind.XGBOOST) {
                DirectFits.xgboost(matrix, labels, features, params);
            } else {
                DirectFits.lightgbm(matrix, labels, features, params);
            }
            direct[i] = (System.nanoTime() - started) / 1e9;
        }
        return new double[] {medianOf(head), medianOf(direct)};
    }

    private static double headFit(HeadKind kind, EraTable table, BoosterParams params) {
        long started = System.nanoTime();
        try (Head head = Heads.create(kind, params)) {
            head.fit(EraSlice.allFeatures(table, allEras(table)), "target", Optional.empty());
        }
        return (System.nanoTime() - started) / 1e9;
    }

    private double median(java.util.function.DoubleSupplier fit) {
        double[] times = new double[repeats];
        for (int i = 0; i < repeats; i++) {
            times[i] = fit.getAsDouble();
        }
        return medianOf(times);
    }

    private static double medianOf(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static int[] allEras(EraTable table) {
        int[] eras = new int[table.eraCount()];
        Arrays.setAll(eras, e -> e);
        return eras;
    }

    private EraTable table(int rowCount) {
        SplittableRandom random = new SplittableRandom(seed);
        byte[][] columns = new byte[features][rowCount];
        for (byte[] column : columns) {
            for (int r = 0; r < rowCount; r++) {
                column[r] = (byte) random.nextInt(5);
            }
        }
        float[] target = new float[rowCount];
        String[] ids = new String[rowCount];
        int[] eras = new int[rowCount];
        DataType[] types = new DataType[rowCount];
        for (int r = 0; r < rowCount; r++) {
            double signal = 0;
            for (int f = 0; f < SIGNAL_FEATURES; f++) {
                signal += columns[f][r] - 2;
            }
            double noisy = signal / Math.sqrt(2 * SIGNAL_FEATURES) + 2 * random.nextGaussian();
            target[r] = (float) Math.min(1, Math.max(0, Math.round(2 + noisy) / 4.0));
            ids[r] = "n" + r;
            eras[r] = 1 + r / ROWS_PER_ERA;
            types[r] = DataType.TRAIN;
        }
        List<String> names = new ArrayList<>();
        for (int f = 0; f < features; f++) {
            names.add("feature_" + f);
        }
        return new EraTable(
                ids,
                eras,
                types,
                names,
                columns,
                List.of("target"),
                new float[][] {target},
                FeatureSets.allOnly(names));
    }
}
