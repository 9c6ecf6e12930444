package dev.dynamos.cli;

import dev.dynamos.common.BadInputException;
import dev.dynamos.data.io.ReadBenchmark;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dynamos bench read}: the Parquet loader against DuckDB's own scan, and its memory. */
@Command(
        name = "read",
        mixinStandardHelpOptions = true,
        description = {
            "Generate a Numerai-shaped Parquet file in a temporary folder, scan it with DuckDB"
                    + " and load it with dynamos; print both times, their ratio, the loader's"
                    + " values per second, and peak resident memory against the int8 payload."
        })
public final class BenchReadCommand implements Callable<Integer> {

    private static final double MIB = 1024.0 * 1024.0;

    @Option(names = "--rows", defaultValue = "200000", description = "Rows (${DEFAULT-VALUE}).")
    int rows;

    @Option(
            names = "--features",
            defaultValue = "700",
            description = "Feature columns (${DEFAULT-VALUE}).")
    int features;

    @Option(
            names = "--targets",
            defaultValue = "6",
            description = "Target columns (${DEFAULT-VALUE}).")
    int targets;

    @Option(names = "--seed", defaultValue = "42", description = "Seed (${DEFAULT-VALUE}).")
    long seed;

    @Option(
            names = "--repeats",
            defaultValue = "5",
            description = "Timed scan and load pairs; times are medians (${DEFAULT-VALUE}).")
    int repeats;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (rows < 1 || features < 1 || targets < 1 || repeats < 1) {
            throw new BadInputException(
                    "bad_option", "--rows, --features, --targets and --repeats must be at least 1");
        }
        Path dir = createTempDir();
        try {
            print(ReadBenchmark.run(dir, rows, features, targets, seed, repeats));
        } finally {
            deleteTree(dir);
        }
        return 0;
    }

    private void print(ReadBenchmark.Result r) {
        PrintWriter out = spec.commandLine().getOut();
        double payloadMib = r.payloadBytes() / MIB;
        double baselineMib = r.baselineRssBytes() / MIB;
        double peakMib = r.peakRssBytes() / MIB;
        out.printf(
                Locale.ROOT,
                "file            %d rows x %d features (int8) + %d targets (float), %.1f MiB,"
                        + " seed %d%n",
                r.rows(),
                r.features(),
                r.targets(),
                r.fileBytes() / MIB,
                seed);
        out.printf(
                Locale.ROOT,
                "duckdb scan     %.3f s wall, %.3f s CPU (medians of %d)%n",
                r.scanSeconds(),
                r.scanCpuSeconds(),
                r.repeats());
        out.printf(
                Locale.ROOT,
                "jdbc stream     %.3f s wall (every loaded column through the driver, values"
                        + " unused: %.2f x the scan, the floor of a JDBC loader)%n",
                r.streamSeconds(),
                r.streamSeconds() / r.scanSeconds());
        out.printf(
                Locale.ROOT,
                "dynamos load    %.3f s wall, %.3f s CPU (%.1f M values/s)%n",
                r.loadSeconds(),
                r.loadCpuSeconds(),
                r.valuesPerSecond() / 1e6);
        out.printf(
                Locale.ROOT,
                "ratio           %.2f x DuckDB's scan wall time, %.2f x its CPU time"
                        + " (target <= 1.5)%n",
                r.ratio(),
                r.loadCpuSeconds() / r.scanCpuSeconds());
        out.printf(
                Locale.ROOT,
                "first load      %.3f s wall (code not yet compiled; memory below is from it)%n",
                r.firstLoadSeconds());
        out.printf(Locale.ROOT, "payload         %.1f MiB%n", payloadMib);
        out.printf(Locale.ROOT, "jvm             %s%n", jvmMemorySettings());
        out.printf(Locale.ROOT, "baseline RSS    %.1f MiB before the load%n", baselineMib);
        out.printf(
                Locale.ROOT,
                "peak RSS        %.1f MiB (%s), %.2f x (payload + baseline) (target <= 1.5)%n",
                peakMib,
                r.peakReset() ? "peak reset before the load" : "whole-process peak",
                peakMib / (payloadMib + baselineMib));
        out.flush();
    }

    /** Names the garbage collectors and the heap limit, which decide much of the peak RSS. */
    private static String jvmMemorySettings() {
        StringBuilder collectors = new StringBuilder();
        for (java.lang.management.GarbageCollectorMXBean gc :
                java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
            collectors.append(collectors.isEmpty() ? "" : ", ").append(gc.getName());
        }
        return String.format(
                Locale.ROOT,
                "%s; max heap %.0f MiB",
                collectors,
                Runtime.getRuntime().maxMemory() / MIB);
    }

    private static Path createTempDir() {
        try {
            return Files.createTempDirectory("dynamos-bench-read");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder", e);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + dir, e);
        }
    }
}
