package dev.dynamos.data.io;

import dev.dynamos.data.EraTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Measures {@link NumeraiReader} against DuckDB's own scan of the same Parquet columns, side by
 * side in one process: generates a Numerai-shaped file (deterministic pseudo-random int8 features
 * in 0..4, float targets in Numerai's five bins), scans it with DuckDB ({@code SELECT sum(...)}
 * over every column the loader reads, through the same JDBC driver), then loads it.
 *
 * <p>Order: one untimed scan (file into the page cache); the first load, which gives the memory
 * figures (resident memory before it, and the peak during it); then {@code repeats} timed pairs of
 * one scan, one stream of the same columns through the driver, and one load, with the code
 * compiled. Times are the medians over the repeats, so that a burst of load from elsewhere on a
 * shared machine moves one pair, not the ratio.
 */
public final class ReadBenchmark {

    /** Rows per generated era, close to Numerai's v5 eras. */
    public static final int ROWS_PER_ERA = 5000;

    /**
     * The measurements of one run.
     *
     * @param rows rows in the file
     * @param features feature columns
     * @param targets target columns
     * @param fileBytes size of the Parquet file
     * @param repeats timed scan and load pairs
     * @param scanSeconds median wall time of DuckDB's scan of every read column
     * @param scanCpuSeconds median process CPU time (all threads) of DuckDB's scan
     * @param streamSeconds median wall time of streaming the same columns through the JDBC driver
     *     without using a value: the floor of any loader built on it
     * @param loadSeconds median wall time of a {@link NumeraiReader#read} after the first
     * @param loadCpuSeconds median process CPU time (all threads) of the load
     * @param firstLoadSeconds wall time of the first load in the process (code not yet compiled)
     * @param payloadBytes bytes of the loaded feature and target arrays
     * @param baselineRssBytes the process's resident memory just before the first load
     * @param peakRssBytes the process's peak resident memory during the first load (VmHWM, reset
     *     before the load when the kernel allows; else the peak of the whole process)
     * @param peakReset whether the peak was reset before the load
     */
    public record Result(
            int rows,
            int features,
            int targets,
            long fileBytes,
            int repeats,
            double scanSeconds,
            double scanCpuSeconds,
            double streamSeconds,
            double loadSeconds,
            double loadCpuSeconds,
            double firstLoadSeconds,
            long payloadBytes,
            long baselineRssBytes,
            long peakRssBytes,
            boolean peakReset) {

        /** Returns the loader's time over DuckDB's scan time. */
        public double ratio() {
            return loadSeconds / scanSeconds;
        }

        /** Returns feature and target values loaded per second. */
        public double valuesPerSecond() {
            return (double) rows * (features + targets) / loadSeconds;
        }
    }

    private ReadBenchmark() {}

    /**
     * Generates the file in {@code dir}, scans it, loads it and returns the timings.
     *
     * @param dir a scratch folder
     * @param rows rows to generate, at least 1
     * @param features feature columns, at least 1
     * @param targets target columns, at least 1
     * @param seed seed of the generated values
     * @param repeats timed scan and load pairs, at least 1
     * @return the measurements
     */
    public static Result run(
            Path dir, int rows, int features, int targets, long seed, int repeats) {
        Path file = dir.resolve("train.parquet");
        generate(file, rows, features, targets, seed);
        String scanSql = scanSql(file, features, targets);
        execute(scanSql);
        System.gc();
        long baseline = ProcessMemory.residentBytes();
        boolean reset = ProcessMemory.resetPeak();
        long started = System.nanoTime();
        EraTable table = NumeraiReader.read(file);
        double firstLoad = (System.nanoTime() - started) / 1e9;
        long peak = ProcessMemory.peakResidentBytes();
        long payload = table.payloadBytes();
        table = null;
        System.gc();
        Timings scan = new Timings(repeats);
        Timings stream = new Timings(repeats);
        Timings load = new Timings(repeats);
        for (int i = 0; i < repeats; i++) {
            scan.time(i, () -> execute(scanSql));
            stream.time(i, () -> streamThroughDriver(file, features, targets));
            load.time(i, () -> NumeraiReader.read(file));
        }
        return new Result(
                rows,
                features,
                targets,
                size(file),
                repeats,
                scan.medianWall(),
                scan.medianCpu(),
                stream.medianWall(),
                load.medianWall(),
                load.medianCpu(),
                firstLoad,
                payload,
                baseline,
                peak,
                reset);
    }

    /** Wall and process CPU seconds of repeated runs of one task. */
    private static final class Timings {
        private final double[] wall;
        private final double[] cpu;

        Timings(int repeats) {
            wall = new double[repeats];
            cpu = new double[repeats];
        }

        void time(int repeat, Runnable task) {
            long cpuStart = ProcessMemory.cpuNanos();
            long start = System.nanoTime();
            task.run();
            wall[repeat] = (System.nanoTime() - start) / 1e9;
            cpu[repeat] = (ProcessMemory.cpuNanos() - cpuStart) / 1e9;
        }

        double medianWall() {
            return median(wall);
        }

        double medianCpu() {
            return median(cpu);
        }
    }

    /**
     * Streams every column the loader reads through the JDBC driver without looking at a value: the
     * feature columns split into the loader's groups, one connection and thread each, then ids,
     * eras and targets. What is left of a load beyond this is the loader's own work.
     */
    private static void streamThroughDriver(Path file, int features, int targets) {
        try (Connection connection = DuckDb.open(true)) {
            StringBuilder rowSql = new StringBuilder("SELECT id, era");
            for (int t = 0; t < targets; t++) {
                rowSql.append(", ").append(targetName(t));
            }
            drain(connection, rowSql.append(" FROM ").append(scan(file)).toString());
            int groups = FeatureGroupLoader.groupCount(features);
            List<Callable<Void>> queries = new ArrayList<>();
            for (int g = 0; g < groups; g++) {
                int from = FeatureGroupLoader.groupStart(features, groups, g);
                int to = FeatureGroupLoader.groupStart(features, groups, g + 1);
                StringBuilder sql = new StringBuilder("SELECT file_row_number");
                for (int f = from; f < to; f++) {
                    sql.append(", ").append(featureName(f));
                }
                Connection own = FeatureGroupLoader.duplicate(connection);
                String query = sql.append(" FROM ").append(scan(file)).toString();
                queries.add(
                        () -> {
                            drainAndClose(own, query);
                            return null;
                        });
            }
            runAll(queries);
        } catch (SQLException e) {
            throw new IllegalStateException("benchmark query failed: " + e.getMessage(), e);
        }
    }

    private static String scan(Path file) {
        return "read_parquet(" + DuckDb.literal(file) + ", file_row_number=true)";
    }

    private static void drainAndClose(Connection connection, String sql) {
        try (connection) {
            drain(connection, sql);
        } catch (SQLException e) {
            throw new IllegalStateException("benchmark query failed: " + e.getMessage(), e);
        }
    }

    private static void drain(Connection connection, String sql) {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                // Fetching the rows is the point: the driver converts each chunk for Java.
            }
        } catch (SQLException e) {
            throw new IllegalStateException("benchmark query failed: " + e.getMessage(), e);
        }
    }

    private static void runAll(List<Callable<Void>> queries) {
        ExecutorService pool = Executors.newFixedThreadPool(queries.size());
        try {
            for (Future<Void> done : pool.invokeAll(queries)) {
                done.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("benchmark stream failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static String featureName(int f) {
        return String.format(Locale.ROOT, "feature_%04d", f);
    }

    private static String targetName(int t) {
        return t == 0 ? "target" : String.format(Locale.ROOT, "target_%02d_20", t);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static void generate(Path file, int rows, int features, int targets, long seed) {
        StringBuilder sql = new StringBuilder("COPY (SELECT printf('n%09d', i) AS id, ");
        sql.append("lpad(CAST(i // " + ROWS_PER_ERA + " + 1 AS VARCHAR), 4, '0') AS era, ");
        sql.append("'train' AS data_type");
        for (int f = 0; f < features; f++) {
            sql.append(
                    String.format(
                            Locale.ROOT,
                            ", CAST(hash(i, %d) %% 5 AS TINYINT) AS %s",
                            seed * 100_003 + f,
                            featureName(f)));
        }
        for (int t = 0; t < targets; t++) {
            sql.append(
                    String.format(
                            Locale.ROOT,
                            ", CAST(hash(i, %d) %% 5 AS FLOAT) / 4 AS %s",
                            -seed * 100_003 - t - 1,
                            targetName(t)));
        }
        sql.append(" FROM range(" + rows + ") r(i)) TO " + DuckDb.literal(file));
        sql.append(" (FORMAT PARQUET)");
        execute(sql.toString());
    }

    private static String scanSql(Path file, int features, int targets) {
        StringBuilder sql = new StringBuilder("SELECT count(id), count(era)");
        for (int f = 0; f < features; f++) {
            sql.append(", sum(").append(featureName(f)).append(')');
        }
        for (int t = 0; t < targets; t++) {
            sql.append(", sum(").append(targetName(t)).append(')');
        }
        return sql.append(" FROM read_parquet(")
                .append(DuckDb.literal(file))
                .append(')')
                .toString();
    }

    private static void execute(String sql) {
        try (Connection connection = DuckDb.open(false);
                Statement statement = connection.createStatement()) {
            if (statement.execute(sql)) {
                try (ResultSet result = statement.getResultSet()) {
                    result.next();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("benchmark query failed: " + e.getMessage(), e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stat " + file, e);
        }
    }
}
