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
import java.util.Locale;

/**
 * Measures {@link NumeraiReader} against DuckDB's own scan of the same Parquet columns, side by
 * side in one process: generates a Numerai-shaped file (deterministic pseudo-random int8 features
 * in 0..4, float targets in Numerai's five bins), scans it with DuckDB ({@code SELECT sum(...)}
 * over every column the loader reads, through the same JDBC driver), then loads it.
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
     * @param scanSeconds wall time of DuckDB's scan of every read column (after one warm-up)
     * @param scanCpuSeconds process CPU time (all threads) of DuckDB's scan
     * @param loadSeconds wall time of {@link NumeraiReader#read}
     * @param loadCpuSeconds process CPU time (all threads) of the load
     * @param payloadBytes bytes of the loaded feature and target arrays
     * @param baselineRssBytes the process's resident memory just before the load
     * @param peakRssBytes the process's peak resident memory during the load (VmHWM, reset before
     *     the load when the kernel allows; else the peak of the whole process)
     * @param peakReset whether the peak was reset before the load
     */
    public record Result(
            int rows,
            int features,
            int targets,
            long fileBytes,
            double scanSeconds,
            double scanCpuSeconds,
            double loadSeconds,
            double loadCpuSeconds,
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
     * @return the measurements
     */
    public static Result run(Path dir, int rows, int features, int targets, long seed) {
        Path file = dir.resolve("train.parquet");
        generate(file, rows, features, targets, seed);
        String scanSql = scanSql(file, features, targets);
        execute(scanSql);
        long scanCpu = ProcessMemory.cpuNanos();
        long started = System.nanoTime();
        execute(scanSql);
        double scan = (System.nanoTime() - started) / 1e9;
        scanCpu = ProcessMemory.cpuNanos() - scanCpu;
        System.gc();
        long baseline = ProcessMemory.residentBytes();
        boolean reset = ProcessMemory.resetPeak();
        long loadCpu = ProcessMemory.cpuNanos();
        started = System.nanoTime();
        EraTable table = NumeraiReader.read(file);
        double load = (System.nanoTime() - started) / 1e9;
        loadCpu = ProcessMemory.cpuNanos() - loadCpu;
        long peak = ProcessMemory.peakResidentBytes();
        return new Result(
                table.rows(),
                table.featureCount(),
                table.targetNames().size(),
                size(file),
                scan,
                scanCpu / 1e9,
                load,
                loadCpu / 1e9,
                table.payloadBytes(),
                baseline,
                peak,
                reset);
    }

    private static void generate(Path file, int rows, int features, int targets, long seed) {
        StringBuilder sql = new StringBuilder("COPY (SELECT printf('n%09d', i) AS id, ");
        sql.append("lpad(CAST(i // " + ROWS_PER_ERA + " + 1 AS VARCHAR), 4, '0') AS era, ");
        sql.append("'train' AS data_type");
        for (int f = 0; f < features; f++) {
            sql.append(
                    String.format(
                            Locale.ROOT,
                            ", CAST(hash(i, %d) %% 5 AS TINYINT) AS feature_%04d",
                            seed * 100_003 + f,
                            f));
        }
        for (int t = 0; t < targets; t++) {
            String name = t == 0 ? "target" : String.format(Locale.ROOT, "target_%02d_20", t);
            sql.append(
                    String.format(
                            Locale.ROOT,
                            ", CAST(hash(i, %d) %% 5 AS FLOAT) / 4 AS %s",
                            -seed * 100_003 - t - 1,
                            name));
        }
        sql.append(" FROM range(" + rows + ") r(i)) TO " + DuckDb.literal(file));
        sql.append(" (FORMAT PARQUET)");
        execute(sql.toString());
    }

    private static String scanSql(Path file, int features, int targets) {
        StringBuilder sql = new StringBuilder("SELECT count(id), count(era)");
        for (int f = 0; f < features; f++) {
            sql.append(String.format(Locale.ROOT, ", sum(feature_%04d)", f));
        }
        for (int t = 0; t < targets; t++) {
            String name = t == 0 ? "target" : String.format(Locale.ROOT, "target_%02d_20", t);
            sql.append(", sum(").append(name).append(')');
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
