package dev.dynamos.cli;

import dev.dynamos.common.BadInputException;
import dev.dynamos.scoring.bench.ScoringBenchmark;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dynamos bench scoring}: dynamos' per-era metrics against a plain implementation. */
@Command(
        name = "scoring",
        mixinStandardHelpOptions = true,
        description = {
            "Score synthetic eras with CORR, MMC, FNC and feature exposure using dynamos and a"
                    + " plain reference implementation (boxed lists, a quantile per value, a"
                    + " pseudo-inverse per era); print both wall times, their largest difference,"
                    + " and the time of one CORR call on one era."
        })
public final class BenchScoringCommand implements Callable<Integer> {

    @Option(names = "--rows", defaultValue = "1000000", description = "Rows (${DEFAULT-VALUE}).")
    int rows;

    @Option(names = "--eras", defaultValue = "200", description = "Eras (${DEFAULT-VALUE}).")
    int eras;

    @Option(
            names = "--features",
            defaultValue = "50",
            description = "Neutralizer features (${DEFAULT-VALUE}).")
    int features;

    @Option(
            names = "--corr-calls",
            defaultValue = "5000",
            description = "Timed CORR calls on one era (${DEFAULT-VALUE}).")
    int corrCalls;

    @Option(names = "--seed", defaultValue = "42", description = "Seed (${DEFAULT-VALUE}).")
    long seed;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        ScoringBenchmark.Options options;
        try {
            options = new ScoringBenchmark.Options(rows, eras, features, corrCalls, seed);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("bad_option", e.getMessage());
        }
        print(options, ScoringBenchmark.run(options));
        return 0;
    }

    private void print(ScoringBenchmark.Options options, ScoringBenchmark.Result result) {
        PrintWriter out = spec.commandLine().getOut();
        out.printf(
                Locale.ROOT,
                "scoring benchmark: %d eras x %d rows, %d features, seed %d, %d cores%n",
                options.eras(),
                result.rowsPerEra(),
                options.features(),
                options.seed(),
                Runtime.getRuntime().availableProcessors());
        out.printf(
                Locale.ROOT,
                "all per-era metrics (CORR, MMC, FNC, exposure): dynamos %.2f s (cpu %.2f s),"
                        + " plain reference %.2f s (cpu %.2f s), speed-up %.1fx wall, %.1fx cpu%n",
                result.dynamosSeconds(),
                result.dynamosCpuSeconds(),
                result.plainSeconds(),
                result.plainCpuSeconds(),
                result.plainSeconds() / result.dynamosSeconds(),
                result.plainCpuSeconds() / result.dynamosCpuSeconds());
        double[] d = result.maxDifference();
        out.printf(
                Locale.ROOT,
                "largest per-era difference: corr %.1e, mmc %.1e, fnc %.1e, exposure %.1e%n",
                d[0],
                d[1],
                d[2],
                d[3]);
        out.printf(
                Locale.ROOT,
                "CORR of one %d-row era: CorrScorer %.1f us/call wall, %.1f us cpu (%d calls);"
                        + " NumeraiCorr %.1f us/call, plain reference %.1f us/call%n",
                result.rowsPerEra(),
                result.corrScorerMicros(),
                result.corrScorerCpuMicros(),
                options.corrCalls(),
                result.numeraiCorrMicros(),
                result.plainCorrMicros());
        out.flush();
    }
}
